using Microsoft.Playwright;

namespace Pamong.BrowserTests.SocialProtection;

/// <summary>
/// Perlinsos in a real browser: an agent registers a resident's household with consent; Dinas Sosial runs the
/// data-quality pass, which flags the demo's planted duplicate person and deceased member; the Kemiren desa
/// operator resolves both with reasons. The pages pass axe (WCAG 2.x A/AA).
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class PerlinsosJourneyTests(LiveApp app)
{
    [SkippableFact]
    public async Task Agent_registers_the_pass_flags_the_planted_problems_and_the_desa_operator_resolves_them()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var agent = await app.NewPhonePageAsync();
        await LiveApp.Journey(agent, "perlinsos-agent", async () =>
        {
            await LiveApp.SignInAsync(agent, "pendamping");
            await agent.GotoAsync("/perlinsos/rumah-tangga/baru");
            await agent.Locator("#Input_KkNumber").FillAsync("3510151506209001");
            await agent.Locator("#Input_Address").FillAsync("Dusun Krajan");
            await agent.Locator("#Input_Rt").FillAsync("2");
            await agent.Locator("#Input_Rw").FillAsync("1");
            await agent.Locator("#Input_VillageCode").SelectOptionAsync("35.10.15.2004");
            await agent.Locator("#Input_Members_0__Nik").FillAsync("3510150904719001");
            await agent.Locator("#Input_Members_0__Name").FillAsync("Sugeng Riyadi");
            await agent.Locator("#Input_Members_0__BirthPlace").FillAsync("Banyuwangi");
            await agent.Locator("#Input_Members_0__BirthDate").FillAsync("1971-04-09");
            await agent.Locator("#Input_Members_0__Sex").SelectOptionAsync("Male");
            await agent.Locator("#Input_Members_0__Relationship").SelectOptionAsync("Head");
            await agent.GetByLabel("Warga telah memberikan persetujuan").CheckAsync();
            await agent.Locator("#Input_Consent_Method").SelectOptionAsync("SignedForm");
            Assert.Empty(await Violations(agent));
            await Shot(agent, "perlinsos-register-phone");
            await agent.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Rumah tangga terdaftar");
            await Assertions.Expect(agent.GetByRole(AriaRole.Cell, new() { Name = "Sugeng Riyadi" })).ToBeVisibleAsync();
            await Shot(agent, "perlinsos-household-phone");
            Assert.Empty(await Violations(agent));
        });

        var opd = await app.NewPageAsync();
        await LiveApp.Journey(opd, "perlinsos-pass", async () =>
        {
            await LiveApp.SignInAsync(opd, "opd");
            await opd.GotoAsync("/perlinsos/kualitas-data");
            await opd.GetByRole(AriaRole.Button, new() { Name = "Jalankan pemeriksaan kualitas data" }).ClickAsync();
            await Assertions.Expect(opd.Locator(".facts .badge")).ToHaveTextAsync("Selesai", new() { Timeout = 60_000 });
            await Shot(opd, "perlinsos-pass-desktop");
            Assert.Empty(await Violations(opd));
        });

        var desa = await app.NewPageAsync();
        await LiveApp.Journey(desa, "perlinsos-resolve", async () =>
        {
            await LiveApp.SignInAsync(desa, "desa");
            await desa.GotoAsync("/perlinsos/kualitas-data?kind=PersonWithSeveralNiks");
            await Shot(desa, "perlinsos-queue-desktop");
            Assert.Empty(await Violations(desa));
            await desa.Locator("tr", new() { HasText = "3510********0001" }).GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(desa.GetByText("Drs. H. Moch. Djoko Soetrisno")).ToBeVisibleAsync();
            await Assertions.Expect(desa.GetByText("Muhammad Joko Sutrisno", new() { Exact = true })).ToBeVisibleAsync();
            await Shot(desa, "perlinsos-finding-desktop");
            Assert.Empty(await Violations(desa));
            await desa.GetByLabel("Benar: orang yang sama").CheckAsync();
            await desa.GetByLabel("Alasan").FillAsync("Dicek di KK dan KTP: orang yang sama, NIK lama dilaporkan ke Dukcapil");
            await desa.GetByRole(AriaRole.Button, new() { Name = "Simpan verifikasi" }).ClickAsync();
            await Assertions.Expect(desa.GetByRole(AriaRole.Status)).ToContainTextAsync("Verifikasi tersimpan");

            await desa.GotoAsync("/perlinsos/kualitas-data?kind=Deceased");
            await desa.Locator("tr", new() { HasText = "3510********0003" }).GetByRole(AriaRole.Link).ClickAsync();
            await desa.GetByLabel("Benar: sudah meninggal").CheckAsync();
            await desa.GetByLabel("Alasan").FillAsync("Akta kematian diperiksa di kantor desa");
            await desa.GetByRole(AriaRole.Button, new() { Name = "Simpan verifikasi" }).ClickAsync();
            await Assertions.Expect(desa.GetByRole(AriaRole.Status)).ToContainTextAsync("ditandai meninggal");
            await desa.GotoAsync("/perlinsos/kualitas-data/dasbor");
            await Shot(desa, "perlinsos-dashboard-desktop");
            Assert.Empty(await Violations(desa));
            await desa.SetViewportSizeAsync(412, 915);
            await Shot(desa, "perlinsos-dashboard-phone");
            await desa.GotoAsync("/perlinsos/impor");
            await Shot(desa, "perlinsos-imports-phone");
            Assert.Empty(await Violations(desa));
        });
    }

    private static Task<byte[]> Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, name + ".png"), FullPage = true });

    private static async Task<IReadOnlyList<string>> Violations(IPage page) =>
        Accessibility.Unavailable is null ? await Accessibility.ViolationsAsync(page) : [];
}
