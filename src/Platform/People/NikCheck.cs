namespace Pamong.Platform.People;

/// <summary>
/// The outcome of <see cref="Nik.Check"/>: every problem found, and the parts that could be read.
/// </summary>
/// <param name="Input">The input with leading and trailing whitespace removed ("" for null).</param>
/// <param name="RegionCode">The issuing district as "PP.RR.DD"; null when the NIK is malformed or a part is 00.</param>
/// <param name="BirthDate">The birth date; null when it is not a real date.</param>
/// <param name="Sex">From the day digits (1–31 man, 41–71 woman); null when the day is outside both ranges.</param>
public sealed record NikCheck(
    string Input,
    string? RegionCode,
    DateOnly? BirthDate,
    Sex? Sex,
    IReadOnlyList<IdentifierProblem> Problems)
{
    /// <summary>True when there are no errors; warnings are allowed.</summary>
    public bool Valid => Problems.All(p => p.Severity != ProblemSeverity.Error);
}
