using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>The SPBE risk register and architecture map as the Diskominfo administrator uses them.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class SpbeRiskAndArchitectureTests(LiveApp app)
{
    [SkippableFact]
    public async Task Admin_assesses_a_risk_adds_a_treatment_sees_it_on_the_heat_map_and_downloads_form_3()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var page = await app.NewPageAsync();
        await LiveApp.Journey(page, "spbe-risk", async () =>
        {
            await LiveApp.SignInAsync(page, "admin");
            await page.GotoAsync("/spbe/risiko");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Risiko SPBE");
            var cell = page.Locator("table.heatmap a[href*='k=2&d=5']");
            await Assertions.Expect(cell).ToHaveCountAsync(0); // no demo risk is rare but very significant

            await page.GetByRole(AriaRole.Link, new() { Name = "Tambah risiko" }).ClickAsync();
            await page.Locator("#Input_Category").SelectOptionAsync("Aplikasi SPBE");
            await page.Locator("#Input_Kind").SelectOptionAsync("Negative");
            await page.Locator("#Input_Event").FillAsync("Sertifikat TTE aplikasi layanan kedaluwarsa");
            await page.Locator("#Input_Cause").FillAsync("Perpanjangan sertifikat elektronik tidak terjadwal");
            await page.Locator("#Input_ImpactDescription").FillAsync("Dokumen layanan tidak dapat ditandatangani");
            await page.Locator("#Input_ImpactArea").SelectOptionAsync("OrganisationalService");
            await page.Locator("#Input_OwnerUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Dinas Komunikasi, Informatika dan Persandian" });
            await page.Locator("#Input_Likelihood").SelectOptionAsync("2");
            await page.Locator("#Input_Impact").SelectOptionAsync("5");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Sertifikat TTE aplikasi layanan kedaluwarsa");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("21 · Sangat Tinggi");

            await page.GetByRole(AriaRole.Link, new() { Name = "Tambah rencana penanganan" }).ClickAsync();
            await page.Locator("#Input_Option").SelectOptionAsync("Mitigate");
            await page.Locator("#Input_Plan").FillAsync("Jadwalkan perpanjangan sertifikat 30 hari sebelum kedaluwarsa, dengan pengingat otomatis");
            await page.Locator("#Input_Deadline").FillAsync("2027-03-31");
            await page.Locator("#Input_TargetLikelihood").SelectOptionAsync("1");
            await page.Locator("#Input_TargetImpact").SelectOptionAsync("4");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Mitigasi: Jadwalkan perpanjangan sertifikat");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "spbe-risk-detail.png"), FullPage = true });

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Risiko SPBE" }).ClickAsync();
            await Assertions.Expect(cell).ToHaveCountAsync(1);
            await Assertions.Expect(cell).ToContainTextAsync("1 risiko dengan kemungkinan 2 dan dampak 5");
            await page.Locator("#peta").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "spbe-risk-register.png"), FullPage = true });

            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Unduh Formulir 3.0 Penilaian Risiko sebagai PDF" }).ClickAsync());
            Assert.StartsWith("formulir-3.0-penilaian-risiko-", download.SuggestedFilename, StringComparison.Ordinal);
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            Assert.StartsWith("%PDF-1.4", text, StringComparison.Ordinal);
            Assert.EndsWith("%%EOF", text.TrimEnd(), StringComparison.Ordinal);
            Assert.Contains("kedaluwarsa", text, StringComparison.Ordinal);
        });
    }

    [SkippableFact]
    public async Task The_architecture_map_shows_pamong_and_the_applications_it_exchanges_data_with()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var page = await app.NewPageAsync();
        await LiveApp.Journey(page, "spbe-map", async () =>
        {
            await LiveApp.SignInAsync(page, "admin");
            await page.GotoAsync("/spbe/arsitektur/peta");
            var map = page.GetByRole(AriaRole.Img, new() { Name = "Peta pertukaran data antaraplikasi" });
            await Assertions.Expect(map).ToBeVisibleAsync();
            await Assertions.Expect(map).ToContainTextAsync("Pamong — Platform");
            await Assertions.Expect(map).ToContainTextAsync("SIMPEG");
            await Assertions.Expect(map).ToContainTextAsync("Smart Kampung");
            await Assertions.Expect(page.Locator("table").Filter(new() { HasText = "Data wilayah dan kantor desa" })).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "spbe-architecture-map.png"), FullPage = true });
        });

        var phone = await app.NewPhonePageAsync();
        await LiveApp.SignInAsync(phone, "admin");
        await phone.GotoAsync("/spbe/arsitektur/peta");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "spbe-architecture-map-phone.png"), FullPage = true });
    }

    public static TheoryData<string> Pages =>
    [
        "/spbe/risiko", "/spbe/risiko/1", "/spbe/risiko/matriks", "/spbe/risiko/konteks/1/ubah", "/spbe/risiko/baru?konteks=1",
        "/spbe/arsitektur", "/spbe/arsitektur/peta", "/spbe/arsitektur/aplikasi", "/spbe/arsitektur/aplikasi/baru", "/spbe/arsitektur/opd/6",
    ];

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Spbe_page_has_no_WCAG_A_or_AA_violations_on_a_phone(string path)
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
        var page = await app.NewPhonePageAsync();
        await LiveApp.SignInAsync(page, "admin");
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        var violations = await Accessibility.ViolationsAsync(page);
        Assert.True(violations.Count == 0, path + ":\n" + string.Join("\n", violations));
    }
}
