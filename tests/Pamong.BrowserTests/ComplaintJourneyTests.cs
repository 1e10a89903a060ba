using System.Text;
using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>
/// A complaint end to end in a real browser: a resident files it on a phone with a photo, the liaison routes it to
/// Desa Kemiren, the desa operator answers it, and the resident closes it as satisfied on the tracking page. Every
/// page on the way passes axe (WCAG 2.x A/AA); each is saved as a screenshot.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class ComplaintJourneyTests(LiveApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [SkippableFact]
    public async Task A_complaint_is_filed_answered_by_the_desa_and_closed_by_the_complainant()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var title = "Lampu jalan RT 03 padam " + Guid.NewGuid().ToString("N")[..6];
        var code = "";

        var resident = await app.NewPhonePageAsync();
        await LiveApp.Journey(resident, "complaint-filed", async () =>
        {
            await resident.GotoAsync("/pengaduan/baru?layanan=penerangan-jalan&unit=35.10.15.2004");
            await Assertions.Expect(resident.Locator("#Input_UnitCode")).ToHaveValueAsync("35.10.15.2004");
            await Assertions.Expect(resident.Locator("#Input_Service")).ToHaveValueAsync("penerangan-jalan");
            await resident.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();
            await Assertions.Expect(resident.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Periksa isian");
            Assert.Empty(await Violations(resident));
            await Shot(resident, "complaint-form-errors-phone");

            await resident.GetByLabel("Judul").FillAsync(title);
            await resident.GetByLabel("Uraian").FillAsync("Tiga lampu jalan di RT 03 padam sejak seminggu.");
            await resident.GetByLabel("Kategori").SelectOptionAsync("infrastruktur");
            await resident.GetByLabel("Lampiran").SetInputFilesAsync(new FilePayload { Name = "foto-lokasi.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await resident.Locator("#Input_Name").FillAsync("Sulastri");
            await resident.GetByLabel("Surel").FillAsync("sulastri@contoh.id");
            await resident.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();
            await resident.WaitForURLAsync("**/pengaduan/terkirim");
            code = (await resident.Locator("#tracking-code").InnerTextAsync()).Trim();
            Assert.Matches("^ADU-[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
            Assert.Empty(await Violations(resident));
            await Shot(resident, "complaint-filed-phone");
        });

        var admin = await app.NewPageAsync();
        await LiveApp.Journey(admin, "complaint-routed", async () =>
        {
            await LiveApp.SignInAsync(admin, "admin");
            await admin.GotoAsync("/pengaduan/antrean?q=" + Uri.EscapeDataString(code));
            await admin.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(admin.GetByText("Sulastri")).ToBeVisibleAsync();
            await admin.GetByLabel("Catatan untuk unit").FillAsync("Mohon dicek bersama kepala dusun.");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Verifikasi dan teruskan" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("diteruskan");
            Assert.Empty(await Violations(admin));
            await Shot(admin, "complaint-routed-desktop");

            await admin.GotoAsync("/pengaduan/pengaturan");
            await Assertions.Expect(admin.GetByLabel("Batas jawaban unit (hari kerja)")).ToHaveValueAsync("14");
            Assert.Empty(await Violations(admin));
            await Shot(admin, "complaint-settings-desktop");
        });

        var desa = await app.NewPageAsync();
        await LiveApp.Journey(desa, "complaint-answered", async () =>
        {
            await LiveApp.SignInAsync(desa, "desa");
            await desa.GotoAsync("/pengaduan/antrean");
            Assert.Empty(await Violations(desa));
            await Shot(desa, "complaint-queue-desktop");
            await desa.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await desa.GetByLabel("Jawaban").FillAsync("Lampu sudah diganti petugas desa pada hari Kamis.");
            await desa.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
            await Assertions.Expect(desa.GetByRole(AriaRole.Status)).ToContainTextAsync("Jawaban terkirim");
            Assert.Empty(await Violations(desa));
            await Shot(desa, "complaint-answered-desktop");
        });

        await LiveApp.Journey(resident, "complaint-closed", async () =>
        {
            await resident.GotoAsync("/pengaduan/lacak");
            await resident.GetByLabel("Kode pelacakan").FillAsync(code.ToLowerInvariant());
            await resident.GetByRole(AriaRole.Button, new() { Name = "Lacak" }).ClickAsync();
            await Assertions.Expect(resident.GetByText("Lampu sudah diganti petugas desa pada hari Kamis.")).ToBeVisibleAsync();
            Assert.Empty(await Violations(resident));
            await Shot(resident, "complaint-answer-phone");
            await resident.GetByLabel("Puas, pengaduan selesai").CheckAsync();
            await resident.GetByRole(AriaRole.Button, new() { Name = "Kirim tanggapan" }).ClickAsync();
            await Assertions.Expect(resident.GetByRole(AriaRole.Status)).ToContainTextAsync("Pengaduan ditutup");
            await Assertions.Expect(resident.Locator(".facts .badge")).ToHaveTextAsync("Selesai");
            Assert.Empty(await Violations(resident));
            await Shot(resident, "complaint-closed-phone");
        });

        var leader = await app.NewPageAsync();
        await LiveApp.Journey(leader, "complaint-overview", async () =>
        {
            await LiveApp.SignInAsync(leader, "pimpinan");
            await leader.GotoAsync("/pengaduan/ringkasan");
            await Assertions.Expect(leader.GetByRole(AriaRole.Rowheader, new() { Name = "Desa Kemiren" })).ToBeVisibleAsync();
            Assert.Empty(await Violations(leader));
            await Shot(leader, "complaint-overview-desktop");
        });
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, name + ".png"), FullPage = true });

    private static async Task<IReadOnlyList<string>> Violations(IPage page) =>
        Accessibility.Unavailable is null ? await Accessibility.ViolationsAsync(page) : [];
}
