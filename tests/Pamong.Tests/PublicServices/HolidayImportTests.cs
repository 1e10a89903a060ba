using Pamong.PublicServices.Calendar;

namespace Pamong.Tests.PublicServices;

public sealed class HolidayImportTests
{
    [Fact]
    public void A_pasted_list_is_read_with_spaces_semicolons_or_commas_and_comments_skipped()
    {
        var result = HolidayImport.Parse("# libur 2027\n2027-01-01 Tahun Baru\r\n2027-03-10;Nyepi\n\n2027-12-25,\"Hari Raya Natal\"\n");
        Assert.Empty(result.BadLines);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 10), new DateOnly(2027, 12, 25)], result.Holidays.Select(h => h.Date));
        Assert.Equal(["Tahun Baru", "Nyepi", "Hari Raya Natal"], result.Holidays.Select(h => h.Name));
    }

    [Fact]
    public void Unreadable_lines_are_named_by_number()
    {
        var result = HolidayImport.Parse("2027-01-01 Tahun Baru\n01-01-2027 Salah\n2027-02-30 Tidak ada\n2027-05-01");
        Assert.Equal([2, 3, 4], result.BadLines);
    }
}
