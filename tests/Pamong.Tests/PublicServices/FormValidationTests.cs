using Pamong.PublicServices.Forms;
using Pamong.PublicServices.Workflows;

namespace Pamong.Tests.PublicServices;

public sealed class FormValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly List<FormField> Fields =
    [
        new() { Order = 1, Key = "keperluan", Label = "Keperluan", Type = FieldType.Text, Required = true, MaxLength = 10 },
        new() { Order = 2, Key = "tanggungan", Label = "Jumlah tanggungan", Type = FieldType.Number, Required = true, Min = 0, Max = 30 },
        new() { Order = 3, Key = "tanggal", Label = "Tanggal", Type = FieldType.Date, Required = false },
        new() { Order = 4, Key = "jenis", Label = "Jenis", Type = FieldType.Choice, Required = true, Choices = ["Berobat", "Sekolah"] },
        new() { Order = 5, Key = "nik_ibu", Label = "NIK ibu", Type = FieldType.Nik, Required = true },
        new() { Order = 6, Key = "scan_kk", Label = "Scan KK", Type = FieldType.File, Required = true },
        new() { Order = 7, Key = "foto", Label = "Foto", Type = FieldType.File, Required = false },
    ];

    private static FormCheck Check(Dictionary<string, string?> answers, params string[] files) =>
        FormValidation.Check(Fields, answers, files.ToHashSet(), Today);

    [Fact]
    public void Good_answers_pass_and_come_back_normalised()
    {
        var check = Check(new() { ["keperluan"] = " Bank ", ["tanggungan"] = "3.50", ["tanggal"] = "2026-01-05", ["jenis"] = "Sekolah", ["nik_ibu"] = "3510015705900001" }, "scan_kk");
        Assert.True(check.Valid, string.Join("; ", check.Problems));
        Assert.Equal("Bank", check.Answers["keperluan"]);
        Assert.Equal("3.50", check.Answers["tanggungan"]);
        Assert.Equal("2026-01-05", check.Answers["tanggal"]);
        Assert.False(check.Answers.ContainsKey("scan_kk"));
    }

    [Fact]
    public void Every_problem_is_reported_per_field_with_a_code_and_an_indonesian_message()
    {
        var check = Check(new() { ["keperluan"] = "terlalu panjang sekali", ["tanggungan"] = "31", ["tanggal"] = "23/11/2026", ["jenis"] = "Lainnya", ["nik_ibu"] = "3510019913900001", ["asal"] = "x" });
        var codes = check.Problems.ToDictionary(p => p.Key, p => p.Code);
        Assert.Equal("too_long", codes["keperluan"]);
        Assert.Equal("above_max", codes["tanggungan"]);
        Assert.Equal("not_a_date", codes["tanggal"]);
        Assert.Equal("not_a_choice", codes["jenis"]);
        Assert.Equal("nik_invalid", codes["nik_ibu"]);
        Assert.Equal("file_required", codes["scan_kk"]);
        Assert.Equal("unknown_field", codes["asal"]);
        Assert.DoesNotContain("foto", codes.Keys);
        Assert.Contains("NIK ibu", check.Errors()["nik_ibu"][0], StringComparison.Ordinal);
        Assert.Contains("paling besar 30", check.Errors()["tanggungan"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_answers_are_required_and_optional_ones_may_be_empty()
    {
        var check = Check(new() { ["keperluan"] = "  ", ["tanggal"] = "" }, "scan_kk");
        Assert.Equal(["keperluan", "tanggungan", "jenis", "nik_ibu"], check.Problems.Select(p => p.Key));
        Assert.All(check.Problems, p => Assert.Equal("required", p.Code));
        Assert.Equal("Keperluan wajib diisi.", check.Problems[0].Message);
    }

    [Theory]
    [InlineData("abc", "not_a_number")]
    [InlineData("1,5", "not_a_number")]
    [InlineData("-1", "below_min")]
    [InlineData("1e3", "not_a_number")]
    public void Numbers_are_read_in_the_invariant_culture_within_their_range(string value, string code)
    {
        var check = Check(new() { ["keperluan"] = "a", ["tanggungan"] = value, ["jenis"] = "Berobat", ["nik_ibu"] = "3510015705900001" }, "scan_kk");
        Assert.Equal(code, Assert.Single(check.Problems).Code);
    }
}
