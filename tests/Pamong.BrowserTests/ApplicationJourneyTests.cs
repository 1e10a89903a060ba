using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>
/// The main public-services journey: a citizen applies online for the demo SKTM (desa → kecamatan) with an upload,
/// the desa operator returns it for revision, the citizen fixes it, the desa and the kecamatan approve, it is completed.
/// (The signed document's download is added once the signing feature is wired in.)
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class ApplicationJourneyTests(LiveApp app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    [SkippableFact]
    public async Task Citizen_applies_desa_returns_citizen_fixes_desa_and_kecamatan_approve_to_completion()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var shots = LiveApp.ScreenshotFolder;
        var warga = await app.NewPhonePageAsync();
        var number = "";
        await LiveApp.Journey(warga, "apply-online", async () =>
        {
            await LiveApp.SignInAsync(warga, "warga");
            await warga.GotoAsync("/layanan/sktm/ajukan");
            await warga.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
            await Assertions.Expect(warga.Locator("#form-errors")).ToBeVisibleAsync();
            await Assertions.Expect(warga.Locator("#f_scan_kk")).ToHaveAttributeAsync("aria-invalid", "true");
            await warga.ScreenshotAsync(new() { Path = Path.Combine(shots, "application-form-errors-phone.png"), FullPage = true });

            await warga.Locator("#a_keperluan").SelectOptionAsync("Berobat");
            await warga.Locator("#a_penghasilan_bulanan").FillAsync("1500000");
            await warga.Locator("#a_jumlah_tanggungan").FillAsync("4");
            await warga.Locator("#f_scan_kk").SetInputFilesAsync(new FilePayload { Name = "kk.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await warga.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
            await Assertions.Expect(warga.Locator("main")).ToContainTextAsync("Permohonan Anda terkirim");
            number = (await warga.Locator("h1 .mono").TextContentAsync())!.Trim();
            await warga.ScreenshotAsync(new() { Path = Path.Combine(shots, "application-submitted-phone.png"), FullPage = true });
        });

        var desa = await app.NewPageAsync();
        await LiveApp.Journey(desa, "desa-returns", async () =>
        {
            await LiveApp.SignInAsync(desa, "desa");
            await desa.GotoAsync("/layanan/antrian");
            await Assertions.Expect(desa.Locator("main")).ToContainTextAsync(number);
            await desa.ScreenshotAsync(new() { Path = Path.Combine(shots, "application-queue-desktop.png"), FullPage = true });
            await desa.GotoAsync("/layanan/antrian/" + number);
            await desa.GetByLabel("Alasan pengembalian").FillAsync("Pindaian KK buram, mohon unggah ulang.");
            await desa.GetByRole(AriaRole.Button, new() { Name = "Kembalikan untuk perbaikan" }).ClickAsync();
            await Assertions.Expect(desa.Locator("main")).ToContainTextAsync("dikembalikan kepada pemohon");
        });

        await LiveApp.Journey(warga, "citizen-fixes", async () =>
        {
            await warga.GotoAsync("/layanan/permohonan-saya/" + number);
            await Assertions.Expect(warga.Locator("main")).ToContainTextAsync("Pindaian KK buram");
            await warga.GetByRole(AriaRole.Link, new() { Name = "Perbaiki dan ajukan kembali" }).ClickAsync();
            await warga.Locator("#f_scan_kk").SetInputFilesAsync(new FilePayload { Name = "kk-jelas.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await warga.GetByRole(AriaRole.Button, new() { Name = "Ajukan kembali" }).ClickAsync();
            await Assertions.Expect(warga.Locator("main")).ToContainTextAsync("Diajukan kembali setelah perbaikan");
        });

        await LiveApp.Journey(desa, "desa-approves", async () =>
        {
            await desa.GotoAsync("/layanan/antrian/" + number);
            await desa.GetByRole(AriaRole.Button, new() { Name = "Setujui dan teruskan ke langkah berikutnya" }).ClickAsync();
            await Assertions.Expect(desa.Locator("main")).ToContainTextAsync("diteruskan ke langkah berikutnya");
        });

        var kecamatan = await app.NewPhonePageAsync();
        await LiveApp.Journey(kecamatan, "kecamatan-approves", async () =>
        {
            await LiveApp.SignInAsync(kecamatan, "kecamatan");
            await kecamatan.GotoAsync("/layanan/antrian/" + number);
            await kecamatan.ScreenshotAsync(new() { Path = Path.Combine(shots, "application-review-phone.png"), FullPage = true });
            await kecamatan.GetByRole(AriaRole.Button, new() { Name = "Setujui dan selesaikan" }).ClickAsync();
            await Assertions.Expect(kecamatan.Locator("main")).ToContainTextAsync("disetujui dan selesai");
        });

        await LiveApp.Journey(warga, "completed", async () =>
        {
            await warga.GotoAsync("/layanan/permohonan-saya/" + number);
            await Assertions.Expect(warga.Locator(".facts").First).ToContainTextAsync("Selesai");
            await warga.ScreenshotAsync(new() { Path = Path.Combine(shots, "application-completed-phone.png"), FullPage = true });
            if (Accessibility.Unavailable is null)
            {
                Assert.Empty(await Accessibility.ViolationsAsync(warga));
            }

            // The signed result document: download it, open the verification page its QR code points to, check the file there.
            var download = await warga.RunAndWaitForDownloadAsync(() => warga.GetByRole(AriaRole.Link, new() { Name = "Unduh dokumen (PDF bertanda tangan elektronik)" }).ClickAsync());
            var pdfPath = Path.Combine(Path.GetTempPath(), "pamong-result-" + number + ".pdf");
            await download.SaveAsAsync(pdfPath);
            var signed = await File.ReadAllTextAsync(pdfPath, System.Text.Encoding.Latin1);
            Assert.StartsWith("%PDF-", signed, StringComparison.Ordinal);
            Assert.Contains("/ByteRange", signed, StringComparison.Ordinal);
            Assert.Contains("/adbe.pkcs7.detached", signed, StringComparison.Ordinal);

            await warga.GetByRole(AriaRole.Link, new() { Name = "Periksa keabsahan dokumen" }).ClickAsync();
            await Assertions.Expect(warga.Locator("main")).ToContainTextAsync("DOKUMEN SAH");
            await warga.Locator("#Upload").SetInputFilesAsync(pdfPath);
            await warga.GetByRole(AriaRole.Button, new() { Name = "Periksa berkas" }).ClickAsync();
            await Assertions.Expect(warga.Locator("main")).ToContainTextAsync("Isi berkas sama dengan yang diterbitkan");
            await warga.ScreenshotAsync(new() { Path = Path.Combine(shots, "document-verified-phone.png"), FullPage = true });
            if (Accessibility.Unavailable is null)
            {
                Assert.Empty(await Accessibility.ViolationsAsync(warga));
            }

            var anonymous = await app.NewPhonePageAsync();
            await anonymous.GotoAsync("/layanan/lacak");
            await anonymous.GetByLabel("Nomor permohonan").FillAsync(number);
            await anonymous.GetByLabel("NIK pemohon").FillAsync("3510155705900001");
            await anonymous.GetByRole(AriaRole.Button, new() { Name = "Lacak" }).ClickAsync();
            await Assertions.Expect(anonymous.Locator("main")).ToContainTextAsync("Selesai");
            await anonymous.ScreenshotAsync(new() { Path = Path.Combine(shots, "application-tracking-phone.png"), FullPage = true });
        });
    }
}
