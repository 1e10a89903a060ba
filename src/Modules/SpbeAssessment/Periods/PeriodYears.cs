namespace Pamong.SpbeAssessment.Periods;

/// <summary>The years a period, a history entry or a target may have.</summary>
public static class PeriodYears
{
    public const int First = 2000;
    public const int Last = 2099;

    public static bool Valid(int? year) => year is >= First and <= Last;
}
