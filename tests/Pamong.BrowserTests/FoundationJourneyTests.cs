using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>
/// The platform's "done" journey: browse regions, check a NIK, an administrator creates an officer and
/// grants a role in a village, the officer signs in, and an inspector verifies the audit chain.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class FoundationJourneyTests(LiveApp app)
{
    [SkippableFact]
    public async Task Visitor_browses_regions_and_checks_a_NIK()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var page = await app.NewPhonePageAsync();
        await LiveApp.Journey(page, "regions-and-nik", async () =>
        {
            await page.GotoAsync("/wilayah");
            await page.GetByRole(AriaRole.Searchbox).First.FillAsync("kemiren");
            await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).First.ClickAsync();
            // Two villages are called Kemiren; the one in Kabupaten Banyuwangi:
            await page.Locator("a[href='/wilayah/35.10.15.2004']").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kemiren");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Desa");
            await Assertions.Expect(page.Locator(".crumbs")).ToContainTextAsync("Kabupaten Banyuwangi");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "journey-village.png"), FullPage = true });

            await page.GotoAsync("/cek-nik");
            await page.Locator("#Nik").FillAsync("3510015705900001");
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).First.ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("17 Mei 1990");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Perempuan");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "journey-nik.png"), FullPage = true });
        });
    }

    [SkippableFact]
    public async Task Administrator_creates_an_officer_grants_a_village_role_and_an_inspector_verifies_the_chain()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var userName = "operator" + Guid.NewGuid().ToString("N")[..6];
        const string password = "Kopi-Osing-Kemiren-77";

        var admin = await app.NewPageAsync();
        await LiveApp.Journey(admin, "manage-users", async () =>
        {
            await LiveApp.SignInAsync(admin, "admin");
            await admin.GotoAsync("/admin/pengguna/baru");
            await admin.GetByLabel("Nama pengguna").FillAsync(userName);
            await admin.GetByLabel("Nama lengkap").FillAsync("Operator Desa Olehsari");
            await admin.GetByLabel("Kata sandi awal").FillAsync(password);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Operator Desa Olehsari");

            await admin.GetByLabel("Peran", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Operator desa" });
            await admin.GetByLabel("Cari unit").FillAsync("Olehsari");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Cari unit" }).ClickAsync();
            await admin.GetByLabel("Desa Olehsari").CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Beri peran" }).ClickAsync();
            await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Desa Olehsari");
            await admin.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "journey-user-granted.png"), FullPage = true });
        });

        var officer = await app.NewPageAsync();
        await LiveApp.Journey(officer, "new-officer", async () =>
        {
            await officer.GotoAsync("/masuk");
            await officer.GetByLabel("Nama pengguna").FillAsync(userName);
            await officer.GetByLabel("Kata sandi").FillAsync(password);
            await officer.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            await officer.GotoAsync("/penduduk");
            await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("Olehsari");
            await Assertions.Expect(officer.Locator("main")).Not.ToContainTextAsync("Desa Kemiren");
        });

        var inspector = await app.NewPageAsync();
        await LiveApp.Journey(inspector, "verify-chain", async () =>
        {
            await LiveApp.SignInAsync(inspector, "inspektur");
            await inspector.GotoAsync("/audit?q=" + userName);
            await Assertions.Expect(inspector.Locator("main")).ToContainTextAsync(userName);
            await inspector.GotoAsync("/audit/verifikasi");
            await inspector.GetByRole(AriaRole.Button, new() { Name = "Jalankan verifikasi" }).ClickAsync();
            await Assertions.Expect(inspector.GetByRole(AriaRole.Status)).ToContainTextAsync("Rantai utuh");
            await inspector.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "journey-chain-verified.png"), FullPage = true });
        });
    }
}
