using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Gaps;

/// <summary>
/// "Which indicators should we raise first?" Every indicator below level 5, with the index points one level
/// more would add (its share of the index: weight / 100 for the official instruments) and what reaching its
/// target level would add (share × (target − current)). Ranked by gain per level, then by gain to target,
/// then lowest level first (or by gain to target first when asked).
/// </summary>
public static class GapAnalysis
{
    public sealed record Row(
        Indicator Indicator,
        string AspectCode,
        string DomainCode,
        int Current,
        int? Target,
        decimal GainPerLevel,
        decimal GainToTarget,
        LevelMeaning Next);

    public enum Order
    {
        GainPerLevel,
        GainToTarget,
    }

    /// <param name="levels">The levels that count now (indicators without one are left out).</param>
    /// <param name="targets">Target levels by indicator code (may be empty).</param>
    public static IReadOnlyList<Row> Rank(Instrument instrument, IReadOnlyDictionary<string, int> levels, IReadOnlyDictionary<string, int> targets, Order order = Order.GainPerLevel)
    {
        var rows = new List<(Row Row, int Position)>();
        var position = 0;
        foreach (var aspect in instrument.Aspects)
        {
            var domain = instrument.DomainOf(aspect);
            foreach (var indicator in aspect.Indicators)
            {
                position++;
                if (!levels.TryGetValue(indicator.Code, out var current) || current >= Instrument.MaxLevel)
                {
                    continue;
                }

                var share = instrument.ShareOf(indicator);
                int? target = targets.TryGetValue(indicator.Code, out var t) ? t : null;
                var gap = Math.Max(0, (target ?? current) - current);
                var next = instrument.LevelsOf(indicator)[current];
                rows.Add((new Row(indicator, aspect.Code, domain.Code, current, target, share, share * gap, next), position));
            }
        }

        var ranked = order == Order.GainToTarget
            ? rows.OrderByDescending(r => r.Row.GainToTarget).ThenByDescending(r => r.Row.GainPerLevel)
            : rows.OrderByDescending(r => r.Row.GainPerLevel).ThenByDescending(r => r.Row.GainToTarget);
        return ranked.ThenBy(r => r.Row.Current).ThenBy(r => r.Position).Select(r => r.Row).ToList();
    }
}
