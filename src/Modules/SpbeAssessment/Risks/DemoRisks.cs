using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Localization;
using Pamong.Platform.Organisations;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Architecture;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Risks.Contexts;
using Pamong.SpbeAssessment.Risks.Monitoring;
using Pamong.SpbeAssessment.Risks.Register;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks;

/// <summary>
/// The demo Pemda's risk register for the current year: six risks (a data-centre outage, ransomware, key
/// staff leaving, a budget cut below the appetite, a failing integration with a central application, and the
/// opportunity of a national SPLP connection) with treatment plans, one overdue, and a monitoring report.
/// </summary>
internal sealed class DemoRisks(IOptions<DemoOptions> options) : IStartupStep
{
    public int Order => 61;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(DemoArchitecture.Tenant);
        var db = scope.ServiceProvider.GetRequiredService<SpbeDb>();
        if (await db.RiskContexts.AnyAsync(ct))
        {
            return;
        }

        var units = await scope.ServiceProvider.GetRequiredService<PamongDb>().OrganisationUnits.AsNoTracking()
            .Where(u => u.Kind == UnitKind.Opd).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        if (units.Count == 0)
        {
            return;
        }

        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().WibToday();
        var year = today.Year;
        DateOnly On(int month, int day, int addYears = 0) => new(year + addYears, month, day);

        var context = new RiskContext
        {
            Year = year,
            Name = "Pemerintah Kabupaten Banyuwangi",
            Scope = "Penyelenggaraan SPBE di seluruh perangkat daerah: infrastruktur, aplikasi, data, keamanan dan SDM SPBE.",
            Objectives = "Indeks SPBE tetap Memuaskan (≥ 4,20); layanan digital tersedia 99,5 %; seluruh aplikasi terintegrasi melalui SPLP.",
            Stakeholders = "Bupati, Sekretaris Daerah, Tim Koordinasi SPBE, Diskominfo, Inspektorat, seluruh OPD, masyarakat pengguna layanan.",
            Categories =
            [
                new() { Category = "Infrastruktur SPBE", Appetite = 11 },
                new() { Category = "Keamanan SPBE", Appetite = 6 },
                new() { Category = "Sumber Daya Manusia SPBE", Appetite = 11 },
                new() { Category = "Rencana dan Anggaran", Appetite = 16 },
                new() { Category = "Aplikasi SPBE", Appetite = 11 },
                new() { Category = "Inovasi", Appetite = 11 },
            ],
        };
        db.RiskContexts.Add(context);
        await db.SaveChangesAsync(ct);

        var number = 0;
        Risk Add(string category, RiskKind kind, string @event, string cause, string impact, ImpactArea area, string owner, int likelihood, int severity, params Treatment[] treatments)
        {
            var risk = new Risk
            {
                ContextId = context.Id,
                Number = ++number,
                Category = category,
                Kind = kind,
                Event = @event,
                Cause = cause,
                ImpactDescription = impact,
                ImpactArea = area,
                OwnerUnitId = units[owner],
                Likelihood = likelihood,
                Impact = severity,
                Treatments = [.. treatments],
            };
            db.Risks.Add(risk);
            return risk;
        }

        Treatment Plan(TreatmentOption option, string plan, string owner, DateOnly deadline, int likelihood, int impact, params MonitoringEntry[] monitoring) => new()
        {
            Option = option,
            Plan = plan,
            OwnerUnitId = units[owner],
            Deadline = deadline,
            TargetLikelihood = likelihood,
            TargetImpact = impact,
            Monitoring = [.. monitoring],
        };

        Add("Infrastruktur SPBE", RiskKind.Negative, "Layanan pusat data Pemda terhenti lebih dari 4 jam",
            "Listrik PLN padam dan genset tidak menyala; belum ada pusat pemulihan bencana (DRC).",
            "Smart Kampung dan aplikasi OPD tidak dapat diakses warga dan pegawai.", ImpactArea.OrganisationalService, "DISKOMINFO", 3, 5,
            Plan(TreatmentOption.Mitigate, "Uji genset bulanan, kontrak pemeliharaan UPS, replikasi harian ke Pusat Data Nasional.", "DISKOMINFO", On(12, 31), 2, 3,
                new MonitoringEntry { Date = today.AddDays(-20), Progress = 60, Status = MonitoringStatus.InProgress, ResidualLikelihood = 2, ResidualImpact = 4, Note = "Genset diuji rutin; replikasi ke PDN dalam uji coba." }));
        Add("Keamanan SPBE", RiskKind.Negative, "Serangan ransomware pada server aplikasi OPD",
            "Patch sistem operasi tertinggal, kata sandi lemah, belum ada cadangan luring.",
            "Data layanan terenkripsi dan layanan berhenti; data pribadi warga dapat bocor.", ImpactArea.IctOperationsAndAssets, "DISKOMINFO", 3, 5,
            Plan(TreatmentOption.Mitigate, "Patch terjadwal, autentikasi dua langkah untuk admin, cadangan luring mingguan, latihan tanggap insiden bersama CSIRT.", "DISKOMINFO", today.AddDays(-54), 2, 4));
        Add("Sumber Daya Manusia SPBE", RiskKind.Negative, "Pegawai kunci pengelola aplikasi mutasi atau berhenti",
            "Pengetahuan hanya dipegang satu atau dua orang; dokumentasi minim.",
            "Pemeliharaan dan pengembangan aplikasi terhambat.", ImpactArea.HumanResources, "BKPSDM", 4, 3,
            Plan(TreatmentOption.Mitigate, "Dokumentasi sistem, alih pengetahuan, minimal dua pengelola per aplikasi.", "DISKOMINFO", On(3, 31, 1), 3, 2));
        Add("Rencana dan Anggaran", RiskKind.Negative, "Anggaran SPBE dipotong dalam perubahan APBD",
            "Pergeseran anggaran daerah ke prioritas lain.",
            "Perpanjangan lisensi dan pemeliharaan tertunda.", ImpactArea.Financial, "BAPPEDA", 2, 4);
        Add("Aplikasi SPBE", RiskKind.Negative, "Integrasi e-Office dengan SRIKANDI gagal atau tertunda",
            "API pusat berubah tanpa pemberitahuan; sambungan SPLP belum siap.",
            "Naskah dinas dicatat dua kali dan arsip tidak lengkap.", ImpactArea.Performance, "SETDA", 3, 3,
            Plan(TreatmentOption.Mitigate, "Koordinasi berkala dengan ANRI; uji integrasi di lingkungan staging sebelum rilis.", "DISKOMINFO", On(1, 31, 1), 2, 3));
        Add("Inovasi", RiskKind.Positive, "Tersambung ke SPLP nasional sehingga layanan Pemda dapat dipakai instansi lain",
            "Sambungan SPLP dibuka untuk pemerintah daerah.",
            "Layanan lebih terpadu; nilai indikator Penggunaan Sistem Penghubung Layanan naik.", ImpactArea.Performance, "DISKOMINFO", 3, 4,
            Plan(TreatmentOption.Exploit, "Ajukan sambungan SPLP dan siapkan API layanan Smart Kampung sesuai standar interoperabilitas.", "DISKOMINFO", On(6, 30, 1), 4, 4));
        await db.SaveChangesAsync(ct);
    }
}
