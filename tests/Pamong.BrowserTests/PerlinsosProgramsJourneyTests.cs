using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pamong.Platform.People;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Names;
using Pamong.SocialProtection.Registry;

namespace Pamong.BrowserTests;

/// <summary>
/// Perlinsos after the registry: the Dinas Sosial runs PKH and sees why the resident is not included, approves;
/// the resident appeals and the appeal is upheld; a hand-over is recorded; the village's public page shows masked
/// recipients; Cek Bansos answers. Axe on every page.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class PerlinsosProgramsJourneyTests(LiveApp app)
{
    private const string WargaNik = "3510155705900001";

    [SkippableFact]
    public async Task Targeting_appeal_distribution_transparency_and_cek_bansos()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        await SeedAsync();
        var page = await app.NewPageAsync();
        await LiveApp.Journey(page, "perlinsos-programs", async () =>
        {
            await LiveApp.SignInAsync(page, "opd");
            await page.GotoAsync("/perlinsos/penetapan");
            await page.GetByLabel("Program").SelectOptionAsync("PKH");
            await page.GetByLabel("Periode").FillAsync("2027");
            await page.GetByRole(AriaRole.Button, new() { Name = "Jalankan", Exact = true }).ClickAsync();
            for (var i = 0; i < 60 && await page.GetByRole(AriaRole.Link, new() { Name = "Muat ulang" }).CountAsync() > 0; i++)
            {
                await Task.Delay(500);
                await page.ReloadAsync();
            }

            var run = page.Url;
            await page.GotoAsync(run + "?village=35.10.15.2004&status=NotEligible");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("di atas batas 4 untuk Program Keluarga Harapan");
            await Axe(page);
            await page.GotoAsync(run);
            await page.GetByRole(AriaRole.Button, new() { Name = "Setujui dan umumkan" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Diumumkan");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "perlinsos-run.png"), FullPage = true });

            var resident = await app.NewPhonePageAsync();
            await LiveApp.SignInAsync(resident, "warga");
            await resident.GotoAsync("/perlinsos/sanggah");
            await resident.GetByLabel("Program").SelectOptionAsync("PKH");
            await resident.GetByLabel("Alasan").FillAsync("Suami saya sudah tidak bekerja sejak Agustus; penghasilan kami turun.");
            await resident.GetByRole(AriaRole.Button, new() { Name = "Kirim sanggah" }).ClickAsync();
            await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("Diajukan");
            await Axe(resident);
            await resident.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "perlinsos-appeal-phone.png"), FullPage = true });

            await page.GotoAsync("/perlinsos/sanggah");
            var appeal = page.Locator("article").Filter(new() { HasText = "Diajukan" }).First;
            await appeal.GetByLabel("Alasan keputusan").FillAsync("Hasil kunjungan rumah: penghasilan turun, layak PKH.");
            await appeal.GetByRole(AriaRole.Button, new() { Name = "Kabulkan" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Dikabulkan");

            await page.GotoAsync("/perlinsos/penyaluran");
            await page.GetByLabel("Program").SelectOptionAsync("PKH");
            await page.GetByLabel("Tanggal rencana").FillAsync("2027-01-15");
            await page.GetByRole(AriaRole.Button, new() { Name = "Buka tahap" }).ClickAsync();
            await page.Locator("details summary").First.ClickAsync();
            var form = page.Locator("details[open] form");
            await form.GetByLabel("Kode QR kartu").First.CheckAsync();
            await form.GetByLabel("Kode QR kartu (ketik atau pindai)").FillAsync("KKS-3510-000777");
            await form.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tersalur");
            await Axe(page);
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "perlinsos-distribution.png"), FullPage = true });

            var visitor = await app.NewPhonePageAsync();
            await visitor.GotoAsync("/perlinsos/transparansi/35.10.15.2004");
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("S*** R*****");
            await Assertions.Expect(visitor.Locator("main")).Not.ToContainTextAsync(WargaNik);
            await Axe(visitor);
            await visitor.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "perlinsos-transparency-phone.png"), FullPage = true });

            await visitor.GotoAsync("/cek-bansos");
            await visitor.GetByLabel("NIK").FillAsync(WargaNik);
            await visitor.GetByLabel("Nama lengkap").FillAsync("siti rahayu");
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Cek", Exact = true }).ClickAsync();
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Program Keluarga Harapan");
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("sanggah dikabulkan");
            await Axe(visitor);
            await visitor.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "perlinsos-cek-bansos-phone.png"), FullPage = true });
        });
    }

    private static async Task Axe(IPage page)
    {
        if (Accessibility.Unavailable is not null)
        {
            return; // axe-core is not installed here (npm ci); the journey itself still runs
        }

        var violations = await Accessibility.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>A poor household with a school child in Kemiren, and the demo resident's household at decile 6 (created unless the registry's demo has it).</summary>
    private async Task SeedAsync()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        var now = DateTimeOffset.UtcNow;
        Member Person(string nik, string name, Relationship relationship, DateOnly born) => new()
        {
            Nik = nik,
            Name = name,
            NormalizedName = IndonesianName.Normalize(name),
            BirthPlace = "Banyuwangi",
            BirthDate = born,
            Sex = Sex.Female,
            Relationship = relationship,
            RegisteredAt = now,
            UpdatedAt = now,
        };
        Household Household(string kk, int decile, params Member[] members) => new()
        {
            KkNumber = kk,
            VillageCode = "35.10.15.2004",
            Rt = "001",
            Rw = "002",
            Address = "Dusun Krajan",
            WelfareDecile = decile,
            MonthlyIncome = 900_000,
            ElectricityVa = 450,
            Source = HouseholdSource.Import,
            RegisteredBy = "browser-test",
            RegisteredAt = now,
            UpdatedAt = now,
            Members = [.. members],
        };

        db.Households.Add(Household("3510150101270001", 1, Person("3510154101800007", "Sumiati", Relationship.Head, new(1980, 1, 1)), Person("3510150101150007", "Rudi", Relationship.Child, new(2015, 1, 1))));
        var siti = await db.Members.FirstOrDefaultAsync(m => m.Nik == WargaNik);
        if (siti is null)
        {
            db.Households.Add(Household("3510150101270002", 6, Person(WargaNik, "Siti Rahayu", Relationship.Head, new(1990, 5, 17)), Person("3510150202140008", "Budi", Relationship.Child, new(2014, 2, 2))));
        }
        else
        {
            (await db.Households.SingleAsync(h => h.Id == siti.HouseholdId)).WelfareDecile = 6;
        }

        await db.SaveChangesAsync();
    }
}
