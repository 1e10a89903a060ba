using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// The monthly recap (rekap bulanan): the <see cref="DailyRecap"/> summed over the days of a month (WIB), so that
/// a dashboard over two years reads 24 months of rows and the daily rows of the period's partial months only.
/// Kept and rebuilt together with the daily recap by <see cref="RecapUpkeep"/>.
/// </summary>
public sealed class MonthlyRecap : ITenantOwned
{
    public string TenantId { get; set; } = "";

    /// <summary>The first day of the month the applications were submitted in (WIB).</summary>
    public DateOnly Month { get; set; }
    public Guid ServiceId { get; set; }
    public string VillageCode { get; set; } = "";
    public string Outcome { get; set; } = "";
    public int WorkingDays { get; set; }
    public long Applications { get; set; }
}
