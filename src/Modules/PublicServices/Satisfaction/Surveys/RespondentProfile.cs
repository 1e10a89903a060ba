namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>
/// The respondent profile the regulation's questionnaire asks for (all optional): the codes stored, and the
/// resource keys of their labels (PublicServicesText "Profile.{Code}").
/// </summary>
public static class RespondentProfile
{
    public static readonly IReadOnlyList<string> AgeBands = ["U20", "U30", "U40", "U50", "U60", "U60PLUS"];
    public static readonly IReadOnlyList<string> Sexes = ["L", "P"];
    public static readonly IReadOnlyList<string> Educations = ["SD", "SMP", "SMA", "D3", "S1", "S2"];
    public static readonly IReadOnlyList<string> Occupations = ["PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"];

    /// <summary>Null when <paramref name="value"/> is empty or one of <paramref name="codes"/>; else the problem.</summary>
    public static bool IsValid(string? value, IReadOnlyList<string> codes) => string.IsNullOrEmpty(value) || codes.Contains(value);
}
