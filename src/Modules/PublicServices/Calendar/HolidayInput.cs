namespace Pamong.PublicServices.Calendar;

/// <summary>A holiday as entered: the date (yyyy-MM-dd) and its name.</summary>
public sealed class HolidayInput
{
    public string? Date { get; set; }
    public string? Name { get; set; }
}
