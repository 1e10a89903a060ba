using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Matrix;

namespace Pamong.SpbeAssessment.Risks;

/// <summary>The checks the risk records share: texts, levels 1–5 and choices.</summary>
internal static class RiskChecks
{
    public static void Text(string? value, string field, int max, bool required, IStringLocalizer<RiskText> text, FieldErrors errors)
    {
        var length = value?.Trim().Length ?? 0;
        if (required && length == 0)
        {
            errors.Add(field, text["Required"]);
        }
        else if (length > max)
        {
            errors.Add(field, text["TooLong", max]);
        }
    }

    public static void Level(int? value, string field, IStringLocalizer<RiskText> text, FieldErrors errors)
    {
        if (value is not { } level || !RiskMatrix.IsLevel(level))
        {
            errors.Add(field, text["LevelRequired"]);
        }
    }

    public static TEnum? Choice<TEnum>(string? value, string field, IStringLocalizer<RiskText> text, FieldErrors errors)
        where TEnum : struct, Enum
    {
        var parsed = Records.Choice.Parse<TEnum>(value);
        if (parsed is null)
        {
            errors.Add(field, text["ChoiceRequired", string.Join(", ", Enum.GetNames<TEnum>())]);
        }

        return parsed;
    }
}
