using System.Globalization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Localization;
using Pamong.SocialProtection.Programs;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// Says in plain words why a household is or is not a recipient, from the stored rule outcomes:
/// "Tidak termasuk karena desil kesejahteraan 6 di atas batas 4 untuk PKH", "Termasuk: desil 2, ada anak usia
/// sekolah", "Kuota desa Kemiren penuh (120); peringkat Anda 131".
/// </summary>
public sealed class DecisionExplainer(IStringLocalizer<PerlinsosText> text)
{
    public string Explain(DecisionStatus status, IReadOnlyList<RuleOutcome> outcomes, string programName, string villageName, IReadOnlyDictionary<string, string>? programNames = null)
    {
        switch (status)
        {
            case DecisionStatus.Selected:
                var reasons = outcomes.Where(o => o.Passed).Select(Positive).OfType<string>().ToList();
                return text["WhyIncluded", reasons.Count == 0 ? text["WhyAllRulesMet"].Value : string.Join(", ", reasons)];
            case DecisionStatus.OverQuota:
                var quota = outcomes.First(o => o.Rule == Rules.Quota);
                return text["WhyOverQuota", villageName, Number(quota.Threshold), Number(quota.Seen)];
            case DecisionStatus.ExcludedByProgram:
                var other = outcomes.First(o => o.Rule == Rules.Exclusive).Seen ?? "";
                return text["WhyExclusive", programNames?.GetValueOrDefault(other) ?? other, programName];
            case DecisionStatus.Removed:
                return text["WhyRemoved", outcomes.First(o => o.Rule == Rules.Sanggah).Seen ?? ""];
            default:
                var failures = outcomes.Where(o => !o.Passed).Select(Negative).ToList();
                return text["WhyNotIncluded", string.Join("; ", failures), programName];
        }
    }

    /// <summary>The phrase for a rule that was not met, e.g. "desil kesejahteraan 6 di atas batas 4".</summary>
    public string Negative(RuleOutcome outcome) => outcome.Rule switch
    {
        Rules.Decile when outcome.Seen is null => text["RuleDecileUnknown", outcome.Threshold ?? ""],
        Rules.Decile => text["RuleDecileAbove", outcome.Seen, outcome.Threshold ?? ""],
        Rules.Required => Missing(outcome),
        Rules.Officials => text["RuleOfficials", outcome.Seen ?? ""],
        Rules.DeceasedHead => text["RuleDeceasedHead"],
        Rules.Income => text["RuleIncomeAbove", Number(outcome.Seen), Number(outcome.Threshold)],
        Rules.Electricity => text["RuleElectricity", Number(outcome.Seen), Number(outcome.Threshold)],
        Rules.Cars => text["RuleCars", outcome.Seen ?? "", outcome.Threshold ?? ""],
        Rules.Land => text["RuleLand", Number(outcome.Seen), Number(outcome.Threshold)],
        _ => outcome.Rule,
    };

    /// <summary>The phrase for a rule that was met and says something about the household (decile, circumstances, usul, appeal).</summary>
    private string? Positive(RuleOutcome outcome) => outcome.Rule switch
    {
        Rules.Decile => text["RuleDecileWithin", outcome.Seen ?? ""].Value,
        Rules.Required => text["RulePresent", Names(outcome.Seen, text["And"].Value)].Value,
        Rules.Usul => text["RuleUsulAccepted", outcome.Seen ?? ""].Value,
        Rules.Appeal => text["RuleAppealUpheld", outcome.Seen ?? ""].Value,
        _ => null,
    };

    private string Missing(RuleOutcome outcome)
    {
        var threshold = outcome.Threshold ?? "any:";
        var all = threshold.StartsWith("all:", StringComparison.Ordinal);
        var asked = threshold[(threshold.IndexOf(':') + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var present = (outcome.Seen ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var missing = asked.Except(present).ToList();
        return text["RuleAbsent", Names(string.Join(",", missing), all ? text["And"].Value : text["Or"].Value)];
    }

    public string CriterionName(Criterion criterion) => text["Criterion" + criterion];

    private string Names(string? codes, string joiner)
    {
        var names = (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => Enum.TryParse<Criterion>(c, out var criterion) ? CriterionName(criterion) : c).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " " + joiner + " " + names[^1];
    }

    private static string Number(string? invariant) =>
        decimal.TryParse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value == decimal.Truncate(value) ? IndonesianFormat.Number((long)value) : value.ToString("N1", CultureInfo.CurrentCulture)
            : invariant ?? "";
}
