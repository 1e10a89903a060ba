using Pamong.SpbeAssessment.Index;

namespace Pamong.SpbeAssessment.Summary;

/// <summary>The JSON shapes of periods in the API: values published with 2 decimals (like POST /api/v1/spbe/index).</summary>
public static class SummaryJson
{
    public sealed record PeriodRow(
        int Year, string InstrumentId, string InstrumentName, string Status, bool IsHistory, string? Note,
        double? Index, string? Predicate, bool IndexRecorded, int Total, int Filled, int Returned, int Reviewed, int Missing,
        double? Target, double? OfficialIndex, string? OfficialPredicate);

    public sealed record Part(string Code, string Name, double Weight, string? Domain, double? Value);

    public sealed record IndicatorRow(
        string Code, string Name, string Aspect, string Domain, double Weight, int? Level, int? AgreedLevel, int? FinalLevel,
        string State, int? ResponsibleUnitId, string? ResponsibleUnit, int EvidenceCount, int? TargetLevel,
        string? FilledBy, DateTime? FilledAt, string? ReviewedBy, string? ReviewNote);

    public sealed record TargetJson(double? Index, IReadOnlyDictionary<string, int> Levels, string? Note);

    public sealed record OfficialJson(double Index, string Predicate, string? Source, string? Note,
        IReadOnlyDictionary<string, double> Levels, IReadOnlyDictionary<string, double> Aspects, IReadOnlyDictionary<string, double> Domains);

    public sealed record PeriodDetail(
        PeriodRow Period, DateTime? SubmittedAt, string? SubmittedBy, DateTime? LockedAt, string? LockedBy,
        IReadOnlyList<Part> Domains, IReadOnlyList<Part> Aspects, IReadOnlyList<IndicatorRow> Indicators,
        TargetJson? Target, OfficialJson? Official);

    public sealed record HistoryRow(int Year, string? InstrumentId, double? Self, bool SelfRecorded, double? Official, string? OfficialPredicate,
        double? Target, bool IsHistory, string? Note, IReadOnlyDictionary<string, double> SelfDomains, IReadOnlyDictionary<string, double> OfficialDomains);

    public static double Published(decimal value) => (double)SpbeIndex.Round(value);

    public static double? Published(decimal? value) => value is { } v ? Published(v) : null;

    public static PeriodRow Row(PeriodSummary s) => new(
        s.Year, s.InstrumentId, s.InstrumentName, s.Status.ToString(), s.IsHistory, s.Note,
        Published(s.Index?.Exact), s.Index?.Predicate, s.Index?.Recorded == true,
        s.Progress.Total, s.Progress.Filled, s.Progress.Returned, s.Progress.Reviewed, s.Progress.Missing,
        Published(s.Target?.Index), Published(s.Official?.Index), s.Official?.Predicate);

    public static PeriodDetail Detail(PeriodSummary s) => new(
        Row(s), s.SubmittedAt, s.SubmittedBy, s.LockedAt, s.LockedBy,
        s.Domains.Select(ToPart).ToList(), s.Aspects.Select(ToPart).ToList(),
        s.Indicators.Select(i => new IndicatorRow(i.Code, i.Name, i.AspectCode, i.DomainCode, (double)i.Weight, i.Level, i.AgreedLevel, i.FinalLevel,
            i.State.ToString(), i.ResponsibleUnitId, i.ResponsibleUnit, i.EvidenceCount, i.TargetLevel, i.FilledBy, i.FilledAt, i.ReviewedBy, i.ReviewNote)).ToList(),
        s.Target is { } t ? new TargetJson(Published(t.Index), t.Levels, t.Note) : null,
        s.Official is { } o ? Official(o) : null);

    public static OfficialJson Official(OfficialFigure o) => new(
        Published(o.Index), o.Predicate, o.Source, o.Note, Values(o.Levels), Values(o.Aspects), Values(o.Domains));

    public static HistoryRow History(HistoryPoint h) => new(
        h.Year, h.InstrumentId, Published(h.Self), h.SelfRecorded, Published(h.Official), h.OfficialPredicate, Published(h.Target),
        h.IsHistory, h.Note, Values(h.SelfDomains), Values(h.OfficialDomains));

    private static Part ToPart(PartFigure p) => new(p.Code, p.Name, (double)p.Weight, p.ParentCode, Published(p.Exact));

    private static Dictionary<string, double> Values(IReadOnlyDictionary<string, decimal> values) =>
        values.ToDictionary(v => v.Key, v => Published(v.Value));
}
