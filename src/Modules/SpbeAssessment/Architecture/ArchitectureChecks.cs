using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>The checks the architecture records share: a name, an owning OPD, lengths and choices.</summary>
internal static class ArchitectureChecks
{
    public const int MaxName = 200;

    public static async Task NameAndOwnerAsync(string? name, int? ownerUnitId, OpdDirectory opd, IStringLocalizer<ArchitectureText> text, FieldErrors errors, CancellationToken ct, bool ownerRequired = true)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            errors.Add("Name", text["NameRequired"]);
        }
        else if (trimmed.Length > MaxName)
        {
            errors.Add("Name", text["TooLong", MaxName]);
        }

        if (ownerUnitId is null ? ownerRequired : !await opd.IsOwnerAsync(ownerUnitId, ct))
        {
            errors.Add("OwnerUnitId", text["OwnerRequired"]);
        }
    }

    public static void Length(string? value, string field, int max, IStringLocalizer<ArchitectureText> text, FieldErrors errors)
    {
        if ((value?.Trim().Length ?? 0) > max)
        {
            errors.Add(field, text["TooLong", max]);
        }
    }

    public static void Required<TEnum>(string? value, string field, IStringLocalizer<ArchitectureText> text, FieldErrors errors)
        where TEnum : struct, Enum
    {
        if (Choice.Parse<TEnum>(value) is null)
        {
            errors.Add(field, text["ChoiceRequired", string.Join(", ", Enum.GetNames<TEnum>())]);
        }
    }
}
