using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Organisations;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.History;
using Pamong.SpbeAssessment.Indicators;
using Pamong.SpbeAssessment.Official;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Targets;

namespace Pamong.SpbeAssessment.Demo;

/// <summary>
/// The demo Pemda's SPBE history (demo data resembling Kabupaten Banyuwangi's published results, not official
/// figures): 2018–2019 on PermenPANRB 5/2018 with domain values, 2021–2023 on 59/2020, targets, and a 2024
/// self-assessment partly filled. Only when the Pemda has no SPBE period yet.
/// </summary>
internal sealed class DemoAssessment(IOptions<DemoOptions> options) : IStartupStep
{
    public const string TenantId = "banyuwangi";
    public const string Note = "Data demo: mirip riwayat Kabupaten Banyuwangi, bukan data resmi.";
    public const int OpenYear = 2024;

    private static readonly (int Year, string Instrument, decimal Self, decimal Official, (string Code, decimal Value)[] Domains)[] Past =
    [
        (2018, "permenpanrb-5-2018", 3.75m, 3.61m, [("D1", 3.20m), ("D2", 3.40m), ("D3", 3.84m)]),
        (2019, "permenpanrb-5-2018", 3.98m, 3.89m, [("D1", 3.60m), ("D2", 3.70m), ("D3", 4.08m)]),
        (2021, "permenpanrb-59-2020", 4.35m, 4.21m, [("D1", 4.20m), ("D2", 3.90m), ("D3", 3.60m), ("D4", 4.60m)]),
        (2022, "permenpanrb-59-2020", 4.70m, 4.61m, [("D1", 4.60m), ("D2", 4.40m), ("D3", 4.20m), ("D4", 4.88m)]),
        (2023, "permenpanrb-59-2020", 4.92m, 4.87m, [("D1", 4.90m), ("D2", 4.80m), ("D3", 4.70m), ("D4", 4.96m)]),
    ];

    private static readonly (int Year, decimal Index)[] Targets = [(2021, 4.00m), (2022, 4.40m), (2023, 4.80m), (2024, 4.90m), (2025, 4.95m)];

    private static readonly Dictionary<string, int> TargetLevels2024 = new()
    {
        ["13"] = 5,
        ["18"] = 5,
        ["21"] = 5,
        ["23"] = 5,
        ["24"] = 5,
        ["26"] = 5,
        ["27"] = 5,
        ["28"] = 5,
        ["37"] = 5,
    };

    /// <summary>The filled indicators of 2024: code, level, responsible OPD.</summary>
    private static readonly (string Code, int Level, string Opd)[] Filled2024 =
    [
        ("1", 5, "DISKOMINFO"), ("2", 5, "DISKOMINFO"), ("3", 4, "DISKOMINFO"), ("4", 5, "DISKOMINFO"), ("5", 5, "DISKOMINFO"),
        ("6", 5, "DISKOMINFO"), ("7", 4, "DISKOMINFO"), ("8", 5, "DISKOMINFO"), ("9", 5, "INSPEKTORAT"), ("10", 5, "SETDA"),
        ("11", 5, "DISKOMINFO"), ("12", 5, "BAPPEDA"), ("13", 4, "BAPPEDA"), ("14", 5, "BAPPEDA"), ("15", 5, "DISKOMINFO"),
        ("16", 5, "DISKOMINFO"), ("17", 5, "DISKOMINFO"), ("18", 4, "DISKOMINFO"), ("19", 5, "SETDA"), ("20", 5, "DISKOMINFO"),
        ("21", 4, "INSPEKTORAT"), ("22", 5, "DISKOMINFO"), ("23", 4, "DISKOMINFO"), ("24", 4, "BPKAD"), ("25", 5, "BKPSDM"), ("26", 4, "DISKOMINFO"),
        ("32", 5, "BAPPEDA"), ("33", 5, "BPKAD"), ("34", 5, "BPKAD"), ("35", 5, "SETDA"), ("36", 5, "BKPSDM"), ("37", 4, "SETDA"), ("38", 5, "BPKAD"),
        ("42", 5, "DISKOMINFO"), ("43", 5, "DISKOMINFO"), ("44", 5, "SETDA"),
    ];

    public int Order => 60;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<CurrentTenant>().Set(TenantId);
        var platform = provider.GetRequiredService<PamongDb>();
        var db = provider.GetRequiredService<SpbeDb>();
        if (!await platform.Tenants.AnyAsync(t => t.Id == TenantId, ct) || await db.Periods.AnyAsync(ct))
        {
            return;
        }

        foreach (var (year, instrument, self, official, domains) in Past)
        {
            var outcome = await provider.GetRequiredService<HistoryEditor>().RecordAsync(new HistoryInput
            {
                Year = year,
                InstrumentId = instrument,
                SelfIndex = self,
                Note = Note,
                Official = new OfficialInput
                {
                    Index = official,
                    DomainValues = domains.ToDictionary(d => d.Code, d => d.Value),
                    Source = $"Hasil evaluasi SPBE {year} (data demo)",
                },
            }, ct);
            Require(outcome.Refusal, year);
        }

        var targets = provider.GetRequiredService<TargetEditor>();
        foreach (var (year, index) in Targets)
        {
            var levels = year == OpenYear ? TargetLevels2024 : null;
            Require((await targets.SetAsync(year, new TargetInput { Index = index, Levels = levels, Note = "Data demo" }, ct)).Refusal, year);
        }

        await OpenPeriodAsync(provider, platform, db, ct);
    }

    private static async Task OpenPeriodAsync(IServiceProvider provider, PamongDb platform, SpbeDb db, CancellationToken ct)
    {
        var created = await provider.GetRequiredService<PeriodEditor>().CreateAsync(new PeriodInput { Year = OpenYear }, ct);
        Require(created.Refusal, OpenYear);
        var period = created.Value!;
        period.Note = "Data demo: penilaian mandiri sedang diisi.";
        var units = await platform.OrganisationUnits.Where(u => u.Kind == UnitKind.Opd).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var filledAt = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var (code, level, opd) in Filled2024)
        {
            db.Answers.Add(new IndicatorAnswer
            {
                PeriodId = period.Id,
                IndicatorCode = code,
                Level = level,
                Justification = $"Data demo: dokumen dan penerapan {OpenYear} dinilai memenuhi kriteria tingkat {level}.",
                ResponsibleUnitId = units.TryGetValue(opd, out var id) ? id : null,
                FilledBy = "demo",
                FilledAt = filledAt,
            });
        }

        // Unfilled indicators already handed to an OPD (the demo OPD operator works at DINSOS).
        db.Answers.Add(new IndicatorAnswer { PeriodId = period.Id, IndicatorCode = "46", ResponsibleUnitId = units.GetValueOrDefault("DINSOS") });
        db.Evidence.Add(new EvidenceItem
        {
            PeriodId = period.Id,
            IndicatorCode = "42",
            Kind = EvidenceKind.Link,
            Title = "SP4N-LAPOR! (demo)",
            Url = "https://www.lapor.go.id/",
            AddedBy = "demo",
            AddedAt = filledAt,
        });
        db.Evidence.Add(new EvidenceItem
        {
            PeriodId = period.Id,
            IndicatorCode = "43",
            Kind = EvidenceKind.Link,
            Title = "Portal Satu Data (demo)",
            Url = "https://data.go.id/",
            AddedBy = "demo",
            AddedAt = filledAt,
        });
        await db.SaveChangesAsync(ct);
    }

    private static void Require(Platform.Web.Refusal? refusal, int year)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"SPBE demo data for {year} was refused: {refusal.Code} {refusal.Detail}");
        }
    }
}
