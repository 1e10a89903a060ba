using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Official;

/// <summary>Self-assessment against the official result, per domain, aspect and indicator (difference = official − self).</summary>
public static class Comparison
{
    public sealed record Row(ValueScope Scope, string Code, string Name, decimal? Self, decimal? Official)
    {
        public decimal? Difference => Self is { } s && Official is { } o ? o - s : null;

        /// <summary>Whether the published values differ (a difference that rounds away is no difference).</summary>
        public bool Differs => Self is { } s && Official is { } o && SpbeIndex.Round(s) != SpbeIndex.Round(o);
    }

    public static IReadOnlyList<Row> Of(PeriodSummary summary)
    {
        var official = summary.Official;
        var rows = new List<Row>();
        rows.AddRange(summary.Domains.Select(d => new Row(ValueScope.Domain, d.Code, d.Name, d.Exact, Find(official?.Domains, d.Code))));
        rows.AddRange(summary.Aspects.Select(a => new Row(ValueScope.Aspect, a.Code, a.Name, a.Exact, Find(official?.Aspects, a.Code))));
        rows.AddRange(summary.Indicators.Select(i => new Row(ValueScope.Indicator, i.Code, i.Name, i.FinalLevel, Find(official?.Levels, i.Code))));
        return rows;
    }

    private static decimal? Find(IReadOnlyDictionary<string, decimal>? values, string code) =>
        values is not null && values.TryGetValue(code, out var v) ? v : null;
}
