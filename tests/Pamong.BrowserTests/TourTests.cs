namespace Pamong.BrowserTests;

/// <summary>Saves a screenshot of the main pages (phone and desktop) to artifacts/screenshots, for people to look at.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class TourTests(LiveApp app)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "", "/wilayah/35.10.15", "regions-kecamatan" },
        { "", "/cek-nik", "nik-check" },
        { "desa", "/penduduk", "residents" },
        { "admin", "/organisasi", "organisation" },
        { "inspektur", "/audit", "audit" },
        { "admin", "/api", "api-reference" },
    };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_renders_on_a_phone_and_a_desktop(string user, string path, string name)
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        foreach (var (width, height, device) in new[] { (412, 915, "phone"), (1280, 900, "desktop") })
        {
            var page = await app.NewPageAsync(width, height);
            if (user.Length > 0)
            {
                await LiveApp.SignInAsync(page, user);
            }

            var response = await page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, $"{name}-{device}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }
}
