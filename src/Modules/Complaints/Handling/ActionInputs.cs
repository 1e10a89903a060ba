namespace Pamong.Complaints.Handling;

/// <summary>Routing by the liaison: to the named unit (or another one), simple cases get the shorter deadline.</summary>
public sealed class RouteInput
{
    public string? UnitCode { get; set; }
    public bool Simple { get; set; }
    public string? Note { get; set; }
}

/// <summary>The unit's answer (public: the complainant reads it on the tracking page).</summary>
public sealed class AnswerInput
{
    public string? Answer { get; set; }
}

/// <summary>A reason for rejecting or closing.</summary>
public sealed class ReasonInput
{
    public string? Reason { get; set; }
}
