using Microsoft.Playwright;
using Pamong.Platform.Accounts;
using Pamong.Platform.Demo;

namespace Pamong.BrowserTests;

[Collection(LiveAppCollection.Name)]
public sealed class SignInAndDashboardTests(LiveApp app)
{
    [SkippableFact]
    public async Task Demo_admin_signs_in_with_two_factor_sees_the_dashboard_and_switches_to_English()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var page = await app.NewPageAsync();
        await LiveApp.Journey(page, "admin-dashboard", async () =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Masuk" }).First.ClickAsync();
            await page.GetByLabel("Nama pengguna").FillAsync("admin");
            await page.GetByLabel("Kata sandi").FillAsync(DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

            await page.WaitForURLAsync("**/masuk/dua-langkah**");
            await page.GetByLabel("Kode verifikasi").FillAsync(Totp.Code(DemoAccounts.AdminAuthenticatorKey, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" }).ClickAsync();

            await page.WaitForURLAsync(app.BaseUrl + "/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Dasbor");
            await Assertions.Expect(page.Locator(".account")).ToContainTextAsync("admin");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "dashboard-id.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Dashboard");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "dashboard-en.png"), FullPage = true });
        });
    }
}
