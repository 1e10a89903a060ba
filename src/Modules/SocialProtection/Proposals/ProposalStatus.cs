namespace Pamong.SocialProtection.Proposals;

/// <summary>Desa proposes → kecamatan verifies → Dinas Sosial decides.</summary>
public enum ProposalStatus
{
    Submitted,

    /// <summary>The kecamatan checked it and passed it on to the Dinas Sosial.</summary>
    Verified,

    /// <summary>The kecamatan sent it back (with a note); the desa may propose again.</summary>
    Returned,

    Accepted,
    Rejected,
}
