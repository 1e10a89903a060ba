using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Programs;

/// <summary>
/// The demo Pemda's programs (amounts resembling the 2025–2026 published figures, kept as data and not official):
/// PKH, Program Sembako, BLT Dana Desa (not combined with PKH or Sembako), PBI-JK, PIP and Banyuwangi's meals for
/// the elderly poor. Only when the Pemda has no program yet.
/// </summary>
internal sealed class DemoPrograms(IOptions<DemoOptions> options) : IStartupStep
{
    public const string TenantId = "banyuwangi";
    public const string Kemiren = "35.10.15.2004";

    public int Order => 70;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(TenantId);
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        if (await db.Programs.AnyAsync(ct))
        {
            return;
        }

        Criterion[] pkh = [Criterion.PregnantMember, Criterion.ChildUnder6, Criterion.SchoolAgeChild, Criterion.SevereDisability, Criterion.Elderly60];
        db.Programs.AddRange(
            new AidProgram
            {
                Code = "PKH",
                Name = "Program Keluarga Harapan",
                Funding = "APBN (Kemensos)",
                Priority = 10,
                MaxDecile = 4,
                RequiredCriteria = [.. pkh],
                MaxCars = 0,
                StagesPerYear = 4,
                BenefitForm = "tunai bersyarat per komponen",
                Description = "Bantuan tunai bersyarat bagi keluarga miskin dengan ibu hamil, anak usia dini, anak sekolah, penyandang disabilitas berat atau lansia.",
                Components =
                [
                    new() { Name = "Ibu hamil", Criterion = Criterion.PregnantMember, Amount = 750_000 },
                    new() { Name = "Anak usia dini", Criterion = Criterion.ChildUnder6, Amount = 750_000 },
                    new() { Name = "Anak sekolah", Criterion = Criterion.SchoolAgeChild, Amount = 375_000 },
                    new() { Name = "Disabilitas berat", Criterion = Criterion.SevereDisability, Amount = 600_000 },
                    new() { Name = "Lansia", Criterion = Criterion.Elderly60, Amount = 600_000 },
                ],
            },
            new AidProgram
            {
                Code = "SEMBAKO",
                Name = "Program Sembako (BPNT)",
                Funding = "APBN (Kemensos)",
                Priority = 20,
                MaxDecile = 4,
                MaxCars = 0,
                ExcludedFromElectricityVa = 1300,
                StagesPerYear = 4,
                BenefitPerStage = 600_000,
                BenefitForm = "saldo pangan Rp200.000 per bulan",
                Description = "Bantuan pangan bulanan bagi keluarga miskin, disalurkan per tiga bulan.",
            },
            new AidProgram
            {
                Code = "BLT-DD",
                Name = "BLT Dana Desa",
                Funding = "Dana Desa",
                Priority = 30,
                MaxDecile = 5,
                MaxMonthlyIncome = 2_500_000,
                MaxCars = 0,
                ExcludedFromElectricityVa = 1300,
                StagesPerYear = 4,
                BenefitPerStage = 900_000,
                BenefitForm = "tunai Rp300.000 per bulan",
                DefaultVillageQuota = 25,
                ExclusiveWith = ["PKH", "SEMBAKO"],
                Description = "Bantuan langsung tunai dari Dana Desa bagi keluarga miskin yang ditetapkan musyawarah desa; tidak bagi penerima PKH atau Sembako.",
                Quotas = [new() { VillageCode = Kemiren, Quota = 120 }],
            },
            new AidProgram
            {
                Code = "PBI-JK",
                Name = "Penerima Bantuan Iuran Jaminan Kesehatan",
                Funding = "APBN",
                Priority = 40,
                MaxDecile = 5,
                StagesPerYear = 12,
                BenefitPerStage = 42_000,
                BenefitForm = "iuran JKN kelas III per bulan",
                Description = "Iuran Jaminan Kesehatan Nasional dibayar pemerintah bagi warga miskin dan tidak mampu.",
            },
            new AidProgram
            {
                Code = "PIP",
                Name = "Program Indonesia Pintar",
                Funding = "APBN (Kemendikdasmen)",
                Priority = 50,
                MaxDecile = 4,
                RequiredCriteria = [Criterion.SchoolAgeChild],
                StagesPerYear = 1,
                BenefitPerStage = 450_000,
                BenefitForm = "tunai pendidikan per tahun",
                Description = "Bantuan pendidikan bagi anak usia sekolah dari keluarga miskin.",
            },
            new AidProgram
            {
                Code = "PERMAKANAN",
                Name = "Permakanan Lansia Banyuwangi",
                Funding = "APBD Kabupaten Banyuwangi",
                Priority = 60,
                MaxDecile = 3,
                RequiredCriteria = [Criterion.Elderly60],
                StagesPerYear = 12,
                BenefitPerStage = 600_000,
                BenefitForm = "makanan siap saji dua kali sehari",
                Description = "Program daerah: makanan bergizi setiap hari bagi lansia miskin yang tinggal sendiri atau tidak mampu.",
            });
        await db.SaveChangesAsync(ct);
    }
}
