namespace Pamong.PublicServices.Forms;

/// <summary>
/// The outcome of <see cref="FormValidation.Check"/>: every problem per field, and the answers in their
/// stored form (trimmed; numbers in invariant culture; dates as yyyy-MM-dd; only known non-file fields).
/// </summary>
public sealed record FormCheck(IReadOnlyDictionary<string, string> Answers, IReadOnlyList<FieldProblem> Problems)
{
    public bool Valid => Problems.Count == 0;

    /// <summary>The messages per field key, for problem details (<c>errors</c>) or a page's model state.</summary>
    public IReadOnlyDictionary<string, string[]> Errors() =>
        Problems.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
}
