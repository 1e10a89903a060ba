namespace Pamong.PublicServices.Statistics;

/// <summary>
/// The numbers of one dashboard row (a service, OPD, kecamatan or desa) for applications submitted in the
/// period: volume by outcome, completion time in working days (median and 90th percentile, interpolated
/// as percentile_cont), SLA compliance (completed within the service's time limit) and the IKM of the
/// surveys filled in the period.
/// </summary>
public sealed record StatisticsRow(
    string Key, string Name, long Submitted, long Completed, long Rejected, long InProcess, long CompletedWithinSla,
    double? MedianWorkingDays, double? P90WorkingDays, int IkmRespondents, decimal? Ikm, decimal? IkmConverted, string? IkmGrade)
{
    /// <summary>Share of completed applications that were completed within the time limit (0–1); null when none completed.</summary>
    public double? SlaCompliance => Completed > 0 ? (double)CompletedWithinSla / Completed : null;
}
