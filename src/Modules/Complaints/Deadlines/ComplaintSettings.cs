using Pamong.Platform.Tenancy;

namespace Pamong.Complaints.Deadlines;

/// <summary>
/// A Pemda's complaint deadlines (SP4N-LAPOR, PermenPANRB 62/2018; the day counts are configuration) and the
/// per-client limits that keep spam out. One row per Pemda; missing means the defaults.
/// </summary>
public sealed class ComplaintSettings : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>Working days the liaison has to verify and route a new complaint.</summary>
    public int VerifyWorkingDays { get; set; } = 3;

    /// <summary>Working days the unit has to answer.</summary>
    public int AnswerWorkingDays { get; set; } = 14;

    /// <summary>Working days the unit has to answer a simple case.</summary>
    public int SimpleAnswerWorkingDays { get; set; } = 5;

    /// <summary>Calendar days the complainant has to respond to an answer; after that the complaint closes.</summary>
    public int RespondDays { get; set; } = 10;

    /// <summary>Working days the superior unit has to answer after an escalation.</summary>
    public int EscalatedAnswerWorkingDays { get; set; } = 5;

    /// <summary>Complaints one client may file per hour.</summary>
    public int FilingsPerHour { get; set; } = 20;

    /// <summary>Tracking look-ups one client may make per minute.</summary>
    public int TrackingsPerMinute { get; set; } = 30;

    public List<ComplaintHoliday> Holidays { get; set; } = [];
}
