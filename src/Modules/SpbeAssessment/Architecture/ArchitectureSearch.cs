namespace Pamong.SpbeAssessment.Architecture;

/// <summary>Filters a register in memory (a Pemda's registers hold hundreds of rows, not millions): a piece of the name, an owning OPD.</summary>
public static class ArchitectureSearch
{
    public static IReadOnlyList<TRow> Filter<TRow>(IEnumerable<TRow> rows, string? q, int? unitId, Func<TRow, string> name, Func<TRow, int?> owner) =>
        rows.Where(r => string.IsNullOrWhiteSpace(q) || name(r).Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(r => unitId is null || owner(r) == unitId)
            .ToList();
}
