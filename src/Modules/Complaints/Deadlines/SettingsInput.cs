namespace Pamong.Complaints.Deadlines;

/// <summary>The deadlines and limits as the settings page and PUT /api/v1/complaints/settings take them.</summary>
public sealed class SettingsInput
{
    public int? VerifyWorkingDays { get; set; }
    public int? AnswerWorkingDays { get; set; }
    public int? SimpleAnswerWorkingDays { get; set; }
    public int? RespondDays { get; set; }
    public int? EscalatedAnswerWorkingDays { get; set; }
    public int? FilingsPerHour { get; set; }
    public int? TrackingsPerMinute { get; set; }
    public List<HolidayInput>? Holidays { get; set; }

    public static SettingsInput From(ComplaintSettings s) => new()
    {
        VerifyWorkingDays = s.VerifyWorkingDays,
        AnswerWorkingDays = s.AnswerWorkingDays,
        SimpleAnswerWorkingDays = s.SimpleAnswerWorkingDays,
        RespondDays = s.RespondDays,
        EscalatedAnswerWorkingDays = s.EscalatedAnswerWorkingDays,
        FilingsPerHour = s.FilingsPerHour,
        TrackingsPerMinute = s.TrackingsPerMinute,
        Holidays = s.Holidays.OrderBy(h => h.Date).Select(h => new HolidayInput { Date = h.Date, Name = h.Name }).ToList(),
    };
}

public sealed class HolidayInput
{
    public DateOnly? Date { get; set; }
    public string? Name { get; set; }
}
