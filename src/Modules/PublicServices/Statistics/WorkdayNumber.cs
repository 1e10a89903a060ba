using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// A derived calendar row: for every day, how many working days (Monday–Friday, not a holiday of the Pemda)
/// have passed up to and including it. The working days an application took are then one subtraction in
/// SQL (<c>completed.Number - submitted.Number</c>), which keeps dashboards in the database. Rebuilt by
/// <see cref="WorkdayCalendar"/> whenever the holidays change; never edited by hand.
/// </summary>
public sealed class WorkdayNumber : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public DateOnly Day { get; set; }
    public int Number { get; set; }
}

/// <summary>Which holiday list the <see cref="WorkdayNumber"/> rows of a Pemda were built from.</summary>
public sealed class WorkdayCalendarStamp : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public DateTimeOffset BuiltAt { get; set; }
}
