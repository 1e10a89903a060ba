using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Demo;

/// <summary>The building blocks of the demo catalogue: usual routes, usual form fields, usual legal texts.</summary>
internal static class DemoParts
{
    public const string Complaints =
        "Pengaduan dapat disampaikan melalui menu \"Sampaikan pengaduan\" pada halaman ini, SP4N-LAPOR! (www.lapor.go.id, SMS 1708), " +
        "atau langsung di loket pengaduan kantor penyelenggara layanan pada jam kerja.";

    public const string AdminDesa =
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\nUndang-Undang Nomor 6 Tahun 2014 tentang Desa\n" +
        "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan";

    public const string Adminduk =
        "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas UU Nomor 23 Tahun 2006 tentang Administrasi Kependudukan\n" +
        "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil\n" +
        "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019";

    public const string Paten =
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\nPeraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman " +
        "Pelayanan Administrasi Terpadu Kecamatan (PATEN)\nPeraturan Bupati Banyuwangi tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat";

    // Routes.
    public static WorkflowStep[] DesaOnly(int days = 1) =>
        [Step(1, "Verifikasi dan penerbitan oleh desa/kelurahan", ServiceLevel.Desa, Roles.DesaOperator, null, days)];

    public static WorkflowStep[] DesaThenKecamatan(int kecamatanDays = 2) =>
    [
        Step(1, "Verifikasi desa/kelurahan", ServiceLevel.Desa, Roles.DesaOperator, null, 1),
        Step(2, "Persetujuan kecamatan", ServiceLevel.Kecamatan, Roles.KecamatanOperator, null, kecamatanDays, bulk: true),
    ];

    public static WorkflowStep[] KecamatanOnly(int days = 2) =>
        [Step(1, "Verifikasi dan penerbitan kecamatan", ServiceLevel.Kecamatan, Roles.KecamatanOperator, null, days)];

    public static WorkflowStep[] DesaThenOpd(string unit, int opdDays) =>
    [
        Step(1, "Verifikasi desa/kelurahan", ServiceLevel.Desa, Roles.DesaOperator, null, 1),
        Step(2, "Penerbitan oleh OPD", ServiceLevel.Opd, Roles.OpdOperator, unit, opdDays),
    ];

    public static WorkflowStep[] DesaKecamatanOpd(string unit, int opdDays) =>
    [
        Step(1, "Verifikasi desa/kelurahan", ServiceLevel.Desa, Roles.DesaOperator, null, 1),
        Step(2, "Rekomendasi kecamatan", ServiceLevel.Kecamatan, Roles.KecamatanOperator, null, 2),
        Step(3, "Penerbitan oleh OPD", ServiceLevel.Opd, Roles.OpdOperator, unit, opdDays),
    ];

    public static WorkflowStep[] OpdOnly(string unit, int days) =>
    [
        Step(1, "Verifikasi berkas", ServiceLevel.Opd, Roles.OpdOperator, unit, 1),
        Step(2, "Penerbitan", ServiceLevel.Opd, Roles.OpdOperator, unit, Math.Max(1, days - 1)),
    ];

    private static WorkflowStep Step(int order, string name, ServiceLevel level, string role, string? unit, int days, bool bulk = false) =>
        new() { Order = order, Name = name, Level = level, Role = role, UnitCode = unit, SlaWorkingDays = days, AllowBulkApprove = bulk };

    // Fields (Order is set when the service is stored).
    public static FormField Text(string key, string label, bool required = true, string? hint = null, int maxLength = 500) =>
        new() { Key = key, Label = label, Type = FieldType.Text, Required = required, Hint = hint, MaxLength = maxLength };

    public static FormField Number(string key, string label, decimal min, decimal max, bool required = true, string? hint = null) =>
        new() { Key = key, Label = label, Type = FieldType.Number, Required = required, Min = min, Max = max, Hint = hint };

    public static FormField Date(string key, string label, bool required = true) =>
        new() { Key = key, Label = label, Type = FieldType.Date, Required = required };

    public static FormField Choice(string key, string label, params string[] choices) =>
        new() { Key = key, Label = label, Type = FieldType.Choice, Required = true, Choices = [.. choices] };

    public static FormField Nik(string key, string label, bool required = true) =>
        new() { Key = key, Label = label, Type = FieldType.Nik, Required = required, Hint = "16 angka sesuai KTP-el/KK." };

    public static FormField File(string key, string label, bool required = true, long maxBytes = 2 * 1024 * 1024) =>
        new() { Key = key, Label = label, Type = FieldType.File, Required = required, MaxBytes = maxBytes, Hint = "PDF, JPEG atau PNG." };

    public static FormField ScanKk(bool required = true) => File("scan_kk", "Pindaian (scan) Kartu Keluarga", required);

    public static FormField ScanKtp(bool required = true) => File("scan_ktp", "Pindaian (scan) KTP-el", required);

    public static FormField Purpose() => Text("keperluan", "Keperluan", hint: "Untuk apa surat ini digunakan.", maxLength: 300);
}
