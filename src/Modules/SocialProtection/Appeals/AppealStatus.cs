namespace Pamong.SocialProtection.Appeals;

public enum AppealStatus
{
    Submitted,

    /// <summary>Re-verified in the field by the desa (or the Dinas Sosial), waiting for the decision.</summary>
    Verified,

    /// <summary>The resident was right: the data was corrected and the decision changed.</summary>
    Upheld,

    Rejected,
}
