namespace Pamong.SocialProtection.Targeting;

/// <summary>Where a targeting run stands: computed in the background, then approved (and so announced) by the Dinas Sosial.</summary>
public enum RunStatus
{
    Running,
    Completed,
    Failed,

    /// <summary>Approved by the Dinas Sosial and announced: residents see the result and may appeal.</summary>
    Announced,

    /// <summary>A later run of the same program and period was announced.</summary>
    Superseded,
}
