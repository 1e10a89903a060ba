using System.Text.Json.Serialization;

namespace Pamong.SocialProtection.Targeting;

/// <summary>What a targeting run decided for a household.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecisionStatus>))]
public enum DecisionStatus
{
    /// <summary>Eligible and within the village quota: a recipient.</summary>
    Selected,

    /// <summary>Eligible, but ranked below the village quota.</summary>
    OverQuota,

    /// <summary>A rule was not met.</summary>
    NotEligible,

    /// <summary>Eligible, but already selected by a program that excludes this one and comes first.</summary>
    ExcludedByProgram,

    /// <summary>Removed by an accepted sanggah (objection).</summary>
    Removed,
}
