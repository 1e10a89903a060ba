namespace Pamong.PublicServices.Satisfaction.Reports;

/// <summary>
/// The stored surveys' index for one selection (a unit, a service or the whole Pemda, in a period):
/// the respondent count and the per-element sums the database added up. <see cref="Index"/> is null without respondents.
/// </summary>
public sealed record IkmResult(string Key, string Name, int Respondents, IReadOnlyList<long> Sums)
{
    public Ikm.Result? Index { get; } = Respondents > 0 ? Ikm.FromTotals(Respondents, Sums) : null;

    public static IkmResult Empty(string key, string name) => new(key, name, 0, new long[Ikm.Elements]);
}
