namespace Pamong.Complaints;

/// <summary>Who an event names when no officer acted.</summary>
public static class ComplaintEvents
{
    public const string Complainant = "Pelapor";
    public const string System = "Sistem";
}
