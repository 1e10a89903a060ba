namespace Pamong.SpbeAssessment.Indicators;

/// <summary>The review team's decision on an indicator.</summary>
public sealed class ReviewInput
{
    /// <summary>"accept" or "return".</summary>
    public string? Decision { get; set; }

    /// <summary>Why (required when returning).</summary>
    public string? Note { get; set; }

    /// <summary>When accepting: the level the team agrees, if it differs from the claim.</summary>
    public int? AgreedLevel { get; set; }
}
