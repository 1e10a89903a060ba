namespace Pamong.SocialProtection.Distribution;

/// <summary>A new distribution stage: the program, the stage number, the channel and the planned day.</summary>
public sealed class CycleInput
{
    public string? Program { get; set; }
    public int? Stage { get; set; }
    public string? Channel { get; set; }
    public DateOnly? PlannedOn { get; set; }
}
