using System.Globalization;
using Pamong.Platform.People;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// The words forms and imported files use for the registry's coded values: the English enum names, the
/// Indonesian labels of DTKS/DTSEN exports and KK codes (lower case, trimmed; unknown words give null).
/// </summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, Sex> Sexes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["male"] = Sex.Male,
        ["l"] = Sex.Male,
        ["lk"] = Sex.Male,
        ["laki-laki"] = Sex.Male,
        ["laki laki"] = Sex.Male,
        ["1"] = Sex.Male,
        ["female"] = Sex.Female,
        ["p"] = Sex.Female,
        ["pr"] = Sex.Female,
        ["perempuan"] = Sex.Female,
        ["wanita"] = Sex.Female,
        ["2"] = Sex.Female,
    };

    private static readonly Dictionary<string, Relationship> Relationships = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kepala keluarga"] = Relationship.Head,
        ["kepala rumah tangga"] = Relationship.Head,
        ["krt"] = Relationship.Head,
        ["suami"] = Relationship.Husband,
        ["istri"] = Relationship.Wife,
        ["isteri"] = Relationship.Wife,
        ["anak"] = Relationship.Child,
        ["menantu"] = Relationship.ChildInLaw,
        ["cucu"] = Relationship.Grandchild,
        ["orang tua"] = Relationship.Parent,
        ["orangtua"] = Relationship.Parent,
        ["mertua"] = Relationship.ParentInLaw,
        ["famili lain"] = Relationship.OtherRelative,
        ["pembantu"] = Relationship.Helper,
        ["lainnya"] = Relationship.Other,
    };

    private static readonly Dictionary<string, Disability> Disabilities = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = Disability.None,
        ["tidak"] = Disability.None,
        ["tidak ada"] = Disability.None,
        ["-"] = Disability.None,
        ["0"] = Disability.None,
        ["sedang"] = Disability.Moderate,
        ["ringan"] = Disability.Moderate,
        ["ya"] = Disability.Moderate,
        ["berat"] = Disability.Severe,
    };

    private static readonly Dictionary<string, FloorMaterial> Floors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tanah"] = FloorMaterial.Earth,
        ["bambu"] = FloorMaterial.Bamboo,
        ["kayu"] = FloorMaterial.Wood,
        ["papan"] = FloorMaterial.Wood,
        ["semen"] = FloorMaterial.Cement,
        ["plester"] = FloorMaterial.Cement,
        ["ubin"] = FloorMaterial.Tile,
        ["tegel"] = FloorMaterial.Tile,
        ["keramik"] = FloorMaterial.Ceramic,
        ["marmer"] = FloorMaterial.Ceramic,
        ["lainnya"] = FloorMaterial.Other,
    };

    private static readonly Dictionary<string, WallMaterial> Walls = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bambu"] = WallMaterial.Bamboo,
        ["anyaman bambu"] = WallMaterial.Bamboo,
        ["gedek"] = WallMaterial.Bamboo,
        ["kayu"] = WallMaterial.Wood,
        ["papan"] = WallMaterial.Wood,
        ["tembok tanpa plester"] = WallMaterial.UnplasteredBrick,
        ["bata"] = WallMaterial.UnplasteredBrick,
        ["tembok"] = WallMaterial.PlasteredBrick,
        ["lainnya"] = WallMaterial.Other,
    };

    private static readonly Dictionary<string, RoofMaterial> Roofs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rumbia"] = RoofMaterial.Thatch,
        ["ijuk"] = RoofMaterial.Thatch,
        ["jerami"] = RoofMaterial.Thatch,
        ["seng"] = RoofMaterial.Zinc,
        ["asbes"] = RoofMaterial.Asbestos,
        ["genteng"] = RoofMaterial.ClayTile,
        ["genting"] = RoofMaterial.ClayTile,
        ["beton"] = RoofMaterial.Concrete,
        ["lainnya"] = RoofMaterial.Other,
    };

    public static Sex? SexOf(string? text) => Find(Sexes, text);

    public static Relationship? RelationshipOf(string? text)
    {
        var word = text?.Trim() ?? "";
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 1 and <= 11)
        {
            return (Relationship)(code - 1);
        }

        return Find(Relationships, word);
    }

    public static Disability? DisabilityOf(string? text) => Find(Disabilities, text ?? "");

    public static FloorMaterial? FloorOf(string? text) => Find(Floors, text);

    public static WallMaterial? WallOf(string? text) => Find(Walls, text);

    public static RoofMaterial? RoofOf(string? text) => Find(Roofs, text);

    /// <summary>An enum name ("Wife") or one of the words; null when unknown.</summary>
    private static T? Find<T>(Dictionary<string, T> words, string? text)
        where T : struct, Enum
    {
        var word = text?.Trim() ?? "";
        if (Enum.TryParse<T>(word, ignoreCase: true, out var named) && !int.TryParse(word, out _))
        {
            return named;
        }

        return words.TryGetValue(word, out var found) ? found : null;
    }
}
