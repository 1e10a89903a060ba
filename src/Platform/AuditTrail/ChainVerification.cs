namespace Pamong.Platform.AuditTrail;

/// <summary>
/// The outcome of walking one tenant's audit chain. <see cref="Checked"/> counts the records read,
/// including the broken one; <see cref="LastSequence"/> and <see cref="LastHash"/> name the last
/// intact record (the head of the chain when it is valid), which can be noted down as an anchor.
/// </summary>
public sealed record ChainVerification(string TenantId, long Checked, ChainBreak? FirstBroken, long LastSequence, string LastHash)
{
    public bool Valid => FirstBroken is null;
}

/// <summary>
/// The first record whose link does not hold. For <see cref="ChainProblem.MissingRecord"/> the record
/// named is the one found after the gap; records <see cref="ExpectedSequence"/> up to
/// <see cref="Sequence"/> − 1 are missing.
/// </summary>
public sealed record ChainBreak(long Sequence, long Id, ChainProblem Problem, long ExpectedSequence)
{
    /// <summary>The stable code of the problem, as the API and the command line print it.</summary>
    public string Code => Problem switch
    {
        ChainProblem.HashMismatch => "hash_mismatch",
        ChainProblem.MissingRecord => "missing_record",
        _ => "previous_hash_mismatch",
    };
}

public enum ChainProblem
{
    /// <summary>A field of the record was changed after it was sealed.</summary>
    HashMismatch,

    /// <summary>A sequence number is skipped: one or more records were deleted.</summary>
    MissingRecord,

    /// <summary>The record does not point at the record before it: records were deleted and renumbered, or re-ordered.</summary>
    PreviousHashMismatch,
}
