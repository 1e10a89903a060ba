using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// The daily recap (rekap harian) the dashboards read instead of the applications: how many applications of a
/// service from a village were submitted on a day (WIB), by outcome, and — for completed ones — how many
/// working days they took (the histogram bucket of the completion time). <see cref="MonthlyRecap"/> holds the
/// same per month, for the whole months of a period. Derived data like an index: kept in step by
/// <see cref="RecapUpkeep"/> in the same transaction as every change of an application, rebuilt from the
/// applications with the working-day calendar (<see cref="WorkdayCalendar"/>); never edited by hand and not
/// audited (the applications are).
/// </summary>
public sealed class DailyRecap : ITenantOwned
{
    /// <summary>The outcomes the dashboards count; every other status (submitted, in progress, returned) is in process.</summary>
    public const string Completed = "Completed";
    public const string Rejected = "Rejected";
    public const string InProcess = "InProcess";

    /// <summary><see cref="WorkingDays"/> of a row that is not completed, or whose days fall outside the calendar.</summary>
    public const int NoWorkingDays = -1;

    public string TenantId { get; set; } = "";

    /// <summary>The day the applications were submitted, in WIB.</summary>
    public DateOnly Day { get; set; }
    public Guid ServiceId { get; set; }
    public string VillageCode { get; set; } = "";
    public string Outcome { get; set; } = "";

    /// <summary>Working days from submission to completion.</summary>
    public int WorkingDays { get; set; }

    /// <summary>How many applications (0 once all of them moved to another row).</summary>
    public long Applications { get; set; }
}
