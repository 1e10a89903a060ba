using Microsoft.Playwright;

namespace Pamong.BrowserTests.PublicServices;

[Collection(LiveAppCollection.Name)]
public sealed class CatalogueBrowserTests(LiveApp app)
{
    [SkippableFact]
    public async Task A_citizen_searches_the_catalogue_on_a_phone_and_opens_a_service()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
        var page = await app.NewPhonePageAsync();
        await LiveApp.Journey(page, "catalogue", async () =>
        {
            await page.GotoAsync("/layanan");
            Assert.Empty(await Accessibility.ViolationsAsync(page));
            await page.GetByLabel("Cari layanan").FillAsync("tidak mampu");
            await page.GetByLabel("Kategori").SelectOptionAsync(new SelectOptionValue { Label = "Sosial" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "layanan-search-phone.png"), FullPage = true });
            Assert.Empty(await Accessibility.ViolationsAsync(page));

            await page.GetByRole(AriaRole.Link, new() { Name = "Surat Keterangan Tidak Mampu (SKTM)" }).ClickAsync();
            await page.WaitForURLAsync("**/layanan/sktm");
            Assert.Equal("Surat Keterangan Tidak Mampu (SKTM)", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Persyaratan" }).IsVisibleAsync());
            Assert.Equal("/layanan/sktm/ajukan", await page.GetByRole(AriaRole.Link, new() { Name = "Ajukan permohonan" }).GetAttributeAsync("href"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "layanan-sktm-phone.png"), FullPage = true });
            var violations = await Accessibility.ViolationsAsync(page);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        });
    }

    [SkippableFact]
    public async Task The_service_administration_pages_pass_axe()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
        var page = await app.NewPageAsync();
        await LiveApp.SignInAsync(page, "admin");
        foreach (var (path, shot) in new[] { ("/layanan/admin", "layanan-admin"), ("/layanan/admin/sktm", "layanan-admin-sktm"), ("/layanan/admin/sktm/alur", "layanan-alur"), ("/layanan/admin/sktm/terbitkan", "layanan-terbitkan"), ("/layanan/admin/hari-libur?year=2026", "layanan-hari-libur") })
        {
            await page.GotoAsync(path);
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, shot + ".png"), FullPage = true });
            var violations = await Accessibility.ViolationsAsync(page);
            Assert.True(violations.Count == 0, path + ":\n" + string.Join("\n", violations));
        }
    }
}
