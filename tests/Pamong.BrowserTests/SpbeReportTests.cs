using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>The leader opens a period's evaluation report, sees its charts and downloads the PDF and Excel.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class SpbeReportTests(LiveApp app)
{
    [SkippableFact]
    public async Task Leader_opens_the_evaluation_report_and_downloads_it()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var page = await app.NewPageAsync();
        await LiveApp.Journey(page, "spbe-report", async () =>
        {
            await LiveApp.SignInAsync(page, "pimpinan");
            await page.GotoAsync("/spbe/2023");
            await page.GetByRole(AriaRole.Link, new() { Name = "Laporan", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Laporan Evaluasi SPBE 2023");
            await Assertions.Expect(page.Locator("svg[role=img]").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "spbe-report.png"), FullPage = true });

            var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).ClickAsync());
            Assert.Equal("laporan-spbe-2023.pdf", pdf.SuggestedFilename);
            var path = Path.Combine(LiveApp.ScreenshotFolder, "laporan-spbe-2023.pdf");
            await pdf.SaveAsAsync(path);
            Assert.StartsWith("%PDF-1.4", await File.ReadAllTextAsync(path), StringComparison.Ordinal);

            var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh Excel" }).ClickAsync());
            Assert.Equal("laporan-spbe-2023.xlsx", xlsx.SuggestedFilename);

            Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
            var violations = await Accessibility.ViolationsAsync(page);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        });
    }
}
