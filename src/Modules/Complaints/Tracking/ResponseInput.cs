namespace Pamong.Complaints.Tracking;

/// <summary>The complainant's response to an answer: satisfied (the complaint closes) or not (it goes back, one level up).</summary>
public sealed class ResponseInput
{
    public bool? Satisfied { get; set; }
    public string? Comment { get; set; }
}
