using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>
/// The core of the SPBE self-assessment in a real browser: the administrator opens a period and fills an indicator
/// with an uploaded evidence file (the other 46 through the API), the review team reviews and locks, the index shows.
/// The period page and the indicator page pass axe (WCAG 2.x A/AA).
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class SpbeAssessmentJourneyTests(LiveApp app)
{
    private const int Year = 2033;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static string Code(int i) => i.ToString(CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Administrator_fills_with_evidence_reviewer_reviews_and_locks_and_the_index_shows()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var admin = await app.NewPageAsync();
        await LiveApp.Journey(admin, "spbe-admin", async () =>
        {
            await LiveApp.SignInAsync(admin, "admin");
            await admin.GotoAsync("/spbe");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Buka periode baru" }).ClickAsync();
            await admin.GetByLabel("Tahun").FillAsync(Code(Year));
            await admin.GetByRole(AriaRole.Button, new() { Name = "Buka periode" }).ClickAsync();
            await admin.WaitForURLAsync($"**/spbe/{Year}");
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Evaluasi SPBE {Year}");

            // 46 indicators at level 3 through the API, with the browser's own sign-in.
            for (var i = 1; i <= 46; i++)
            {
                var put = await admin.Context.APIRequest.PutAsync($"/api/v1/spbe/periods/{Year}/indicators/{i}", new() { DataObject = new { level = 3, justification = "Bukti terlampir." } });
                Assert.True(put.Ok, $"{i}: {put.Status}");
            }

            // Indicator 47 on its page: level 4, a justification and an uploaded PDF.
            await admin.GotoAsync($"/spbe/{Year}/indikator/47");
            await admin.GetByLabel("Tingkat 4 — Kolaborasi").CheckAsync();
            await admin.GetByLabel("Penjelasan").FillAsync("Layanan sektor 3 terhubung dengan aplikasi provinsi.");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan isian" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Isian indikator disimpan");
            await admin.GetByLabel("Unggah berkas").SetInputFilesAsync(new FilePayload { Name = "integrasi-layanan.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await admin.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "integrasi-layanan.pdf" })).ToBeVisibleAsync();
            Assert.Empty(await Violations(admin));

            await admin.GotoAsync($"/spbe/{Year}");
            await Assertions.Expect(admin.Locator("#index-heading + .stat")).ToHaveTextAsync("3,03"); // 3 + 3.0 / 100
            await admin.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk reviu" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("diajukan untuk reviu");
            Assert.Empty(await Violations(admin));
        });

        var reviewer = await app.NewPageAsync();
        await LiveApp.Journey(reviewer, "spbe-reviewer", async () =>
        {
            await LiveApp.SignInAsync(reviewer, "inspektur");
            await reviewer.GotoAsync($"/spbe/{Year}/indikator/47");
            await reviewer.GetByLabel("Terima").CheckAsync();
            await reviewer.GetByRole(AriaRole.Button, new() { Name = "Simpan reviu" }).ClickAsync();
            await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("Reviu disimpan");

            for (var i = 1; i <= 46; i++)
            {
                var review = await reviewer.Context.APIRequest.PostAsync($"/api/v1/spbe/periods/{Year}/indicators/{i}/review", new() { DataObject = new { decision = "accept" } });
                Assert.True(review.Ok, $"{i}: {review.Status}");
            }

            await reviewer.GotoAsync($"/spbe/{Year}");
            await reviewer.GetByRole(AriaRole.Button, new() { Name = "Kunci periode" }).ClickAsync();
            await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("Periode dikunci");
            await Assertions.Expect(reviewer.Locator(".lead .badge")).ToHaveTextAsync("Terkunci");
            await Assertions.Expect(reviewer.Locator("#index-heading + .stat")).ToHaveTextAsync("3,03");
            await Assertions.Expect(reviewer.Locator("#index-heading ~ p strong")).ToHaveTextAsync("Baik");
            await reviewer.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "spbe-period-locked.png"), FullPage = true });
            Assert.Empty(await Violations(reviewer));

            await reviewer.GotoAsync($"/spbe/{Year}/indikator/47");
            await Assertions.Expect(reviewer.GetByText("Periode ini terkunci")).ToBeVisibleAsync();
            Assert.Empty(await Violations(reviewer));
        });
    }

    public static TheoryData<string> SpbePages =>
    [
        "/spbe", "/spbe/2024", "/spbe/2024/indikator/42", "/spbe/2024/kesenjangan", "/spbe/2024/simulasi?sisa=4&t21=5", "/spbe/2023/perbandingan",
        "/spbe/riwayat", "/spbe/riwayat/baru", "/spbe/target", "/spbe/target/2024", "/spbe/2024/resmi", "/spbe/baru",
        "/spbe/instrumen", "/spbe/instrumen/permenpanrb-59-2020", "/spbe/instrumen/unggah",
    ];

    [SkippableTheory]
    [MemberData(nameof(SpbePages))]
    public async Task Spbe_page_has_no_WCAG_A_or_AA_violations_on_a_phone(string path)
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
        var page = await app.NewPhonePageAsync();
        await LiveApp.SignInAsync(page, "admin");
        await page.GotoAsync(path);
        var violations = await Accessibility.ViolationsAsync(page);
        Assert.True(violations.Count == 0, path + ":\n" + string.Join("\n", violations));
    }

    private static async Task<IReadOnlyList<string>> Violations(IPage page) =>
        Accessibility.Unavailable is null ? await Accessibility.ViolationsAsync(page) : [];
}
