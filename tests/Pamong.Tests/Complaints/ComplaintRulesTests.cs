using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Filing;
using Pamong.Complaints.Tracking;

namespace Pamong.Tests.Complaints;

/// <summary>The pure rules: working days, tracking codes, attachment kinds.</summary>
public sealed class ComplaintRulesTests
{
    private static readonly HashSet<DateOnly> None = [];

    [Theory]
    [InlineData("2026-11-23", 3, "2026-11-26")] // Monday + 3
    [InlineData("2026-11-26", 3, "2026-12-01")] // Thursday + 3 skips the weekend
    [InlineData("2026-11-28", 1, "2026-11-30")] // from a Saturday
    [InlineData("2026-11-23", 14, "2026-12-11")]
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void Working_days_skip_saturdays_and_sundays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.Add(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days, None));

    [Fact]
    public void Working_days_skip_holidays_and_count_between_dates()
    {
        var christmas = new HashSet<DateOnly> { new(2026, 12, 25) };
        Assert.Equal(new DateOnly(2026, 12, 28), WorkingDays.Add(new DateOnly(2026, 12, 24), 1, christmas));
        Assert.Equal(4, WorkingDays.Between(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 28), christmas));
        Assert.Equal(-4, WorkingDays.Between(new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 21), christmas));
    }

    [Fact]
    public void Tracking_codes_are_random_readable_and_forgive_how_they_are_typed()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => TrackingCode.New()).ToHashSet();
        Assert.Equal(1000, codes.Count);
        Assert.All(codes, c => Assert.Equal(c, TrackingCode.Normalize(c)));
        Assert.Equal("ADU-7K3M-Q9XP", TrackingCode.Normalize(" adu 7k3m q9xp "));
        Assert.Equal("ADU-7K3M-Q9XP", TrackingCode.Normalize("7K3MQ9XP"));
        Assert.Null(TrackingCode.Normalize("ADU-OK3M-Q9XP")); // O is not in the alphabet
        Assert.Null(TrackingCode.Normalize("ADU-7K3M"));
        Assert.Null(TrackingCode.Normalize(null));
    }

    [Fact]
    public void Attachments_are_known_by_their_first_bytes_not_their_name()
    {
        Assert.Equal(AttachmentKind.Pdf, AttachmentKind.ByContent("%PDF-1.7"u8));
        Assert.Equal(AttachmentKind.Jpeg, AttachmentKind.ByContent([0xFF, 0xD8, 0xFF, 0xE0]));
        Assert.Equal(AttachmentKind.Png, AttachmentKind.ByContent(ComplaintTestSupport.Png));
        Assert.Null(AttachmentKind.ByContent("MZ\u0090"u8));
        Assert.Equal(AttachmentKind.Jpeg, AttachmentKind.ByName("FOTO.JPEG"));
        Assert.Null(AttachmentKind.ByName("dokumen.docx"));
    }
}
