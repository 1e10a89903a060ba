namespace Pamong.SpbeAssessment.Periods;

/// <summary>A new period: the year and the instrument (default PermenPANRB 59/2020).</summary>
public sealed class PeriodInput
{
    public int? Year { get; set; }

    public string? InstrumentId { get; set; }
}
