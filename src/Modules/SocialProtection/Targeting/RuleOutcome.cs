namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// One rule's verdict on one household: the rule (a stable code from <see cref="Rules"/>), whether it passed,
/// the value seen and the threshold (invariant text, e.g. "6" and "4"). Stored with every decision so that
/// "why am I (not) included?" is answered from what was decided, not recomputed.
/// </summary>
public sealed record RuleOutcome(string Rule, bool Passed, string? Seen = null, string? Threshold = null);

/// <summary>The rule codes of <see cref="RuleOutcome.Rule"/>.</summary>
public static class Rules
{
    public const string Decile = "decile";
    public const string Required = "required";
    public const string Officials = "officials";
    public const string DeceasedHead = "deceased-head";
    public const string Income = "income";
    public const string Electricity = "electricity";
    public const string Cars = "cars";
    public const string Land = "land";

    /// <summary>Selected by a program that excludes this one and comes first in the priority order.</summary>
    public const string Exclusive = "exclusive";

    /// <summary>The village quota; Seen is the rank, Threshold the quota.</summary>
    public const string Quota = "quota";

    /// <summary>An accepted usul (proposal) of the village deliberation includes the household.</summary>
    public const string Usul = "usul";

    /// <summary>An accepted sanggah (objection) removes the household.</summary>
    public const string Sanggah = "sanggah";

    /// <summary>A resident's upheld appeal includes the household.</summary>
    public const string Appeal = "appeal";
}
