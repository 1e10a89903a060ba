namespace Pamong.Complaints;

/// <summary>The longest texts a complaint may carry.</summary>
public static class ComplaintLimits
{
    public const int Title = 200;
    public const int Description = 4000;
    public const int Service = 200;
    public const int Name = 200;
    public const int Email = 254;
    public const int Answer = 4000;
    public const int Reason = 1000;
}
