namespace Pamong.BrowserTests;

[Collection(LiveAppCollection.Name)]
public sealed class AccessibilityTests(LiveApp app)
{
    public static TheoryData<string> PublicPages => ["/", "/masuk", "/api", "/status/404", "/wilayah", "/wilayah?q=kemiren", "/wilayah/35.10", "/wilayah/35.10.15", "/cek-nik", "/daftar"];

    [SkippableTheory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_has_no_WCAG_A_or_AA_violations_on_a_phone(string path)
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
        var page = await app.NewPhonePageAsync();
        await page.GotoAsync(path);
        var violations = await Accessibility.ViolationsAsync(page);
        Assert.True(violations.Count == 0, path + ":\n" + string.Join("\n", violations));
    }

    public static TheoryData<string, string> OfficerPages => new()
    {
        { "admin", "/" },
        { "admin", "/admin/modul" },
        { "admin", "/organisasi" },
        { "inspektur", "/audit" },
        { "inspektur", "/audit/verifikasi" },
        { "desa", "/penduduk" },
        { "admin", "/dev/kotak-surat" },
        { "admin", "/admin/pengguna" },
        { "admin", "/admin/pengguna/baru" },
        { "admin", "/admin/kunci-api" },
        { "admin", "/akun" },
        { "admin", "/akun/dua-langkah" },
        { "opd", "/akun/token" },
        { "desa", "/akun-warga/baru" },
    };

    [SkippableTheory]
    [MemberData(nameof(OfficerPages))]
    public async Task Officer_page_has_no_WCAG_A_or_AA_violations(string user, string path)
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
        var page = await app.NewPageAsync();
        await LiveApp.SignInAsync(page, user);
        await page.GotoAsync(path);
        var violations = await Accessibility.ViolationsAsync(page);
        Assert.True(violations.Count == 0, path + ":\n" + string.Join("\n", violations));
    }
}
