using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.DataQuality;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosTestData;

namespace Pamong.Tests.SocialProtection;

public abstract class QualityTests(PamongApp app)
{
    private const string DuplicateOld = "3510151403620001";
    private const string DuplicateNew = "3510151403620007";
    private const string Deceased = "3510154107450003";
    private const string Asn = "3510150305850003";
    private const string BadNik = "3510153113650001";

    private async Task<T> WithPerlinsos<T>(Func<PerlinsosDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        return await work(scope.ServiceProvider.GetRequiredService<PerlinsosDb>());
    }

    private Task<DataQualityFinding?> FindingAsync(FindingKind kind, string key) =>
        WithPerlinsos(db => db.Findings.AsNoTracking().FirstOrDefaultAsync(f => f.Key == kind + ":" + key));

    [SkippableFact]
    public async Task The_pass_finds_every_planted_problem_of_the_demo_with_evidence()
    {
        app.SkipIfUnavailable();
        await app.RunQualityPassAsync();

        var duplicate = await FindingAsync(FindingKind.PersonWithSeveralNiks, DuplicateOld + "+" + DuplicateNew);
        Assert.NotNull(duplicate);
        Assert.Equal("35.10.15.2004", duplicate.VillageCode);
        using (var evidence = JsonDocument.Parse(duplicate.Evidence))
        {
            var names = evidence.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Equal(["Drs. H. Moch. Djoko Soetrisno", "Muhammad Joko Sutrisno"], names);
            Assert.Equal(1.0, evidence.RootElement.GetProperty("similarity").GetDouble());
        }

        Assert.NotNull(await FindingAsync(FindingKind.Deceased, Deceased));
        Assert.NotNull(await FindingAsync(FindingKind.OnExclusionList, Asn));
        Assert.NotNull(await FindingAsync(FindingKind.NikInvalid, BadNik));
        Assert.True(await WithPerlinsos(db => db.Members.AnyAsync(m => m.Nik == Asn && m.IsAsn)));
        var flagged = await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == "Member" && r.SubjectId == "staff-lists" && r.After!.Contains(Asn)).ToListAsync());
        Assert.Contains(flagged, r => r.After!.Contains(Asn + "\":{\"IsAsn\":true", StringComparison.Ordinal)
            && r.Before!.Contains(Asn + "\":{\"IsAsn\":false", StringComparison.Ordinal));
        Assert.True(await WithPerlinsos(db => db.Findings.AnyAsync(f => f.Kind == FindingKind.AbilityAboveThreshold)));
    }

    [SkippableFact]
    public async Task A_nik_imported_for_a_different_person_and_a_contradicting_nik_become_findings()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var (kk, kk2) = (Kk(), Kk());
        var nik = Nik(new DateOnly(1974, 4, 4));
        var contradicting = Nik(new DateOnly(1975, 5, 5));
        await desa.UploadAsync("households", "good-rows-only", "a.csv", Csv(HouseholdHeader,
            Row(kk, Kemiren, nik, "Sugeng Prasetyo", "1974-04-04", "L", "Kepala Keluarga"),
            Row(kk, Kemiren, contradicting, "Tumini", "1975-05-06", "P", "Istri")));
        var other = await desa.UploadAsync("households", "good-rows-only", "b.csv", Csv(HouseholdHeader,
            Row(kk2, Kemiren, nik, "Rukayah Wulandari", "1974-04-04", "P", "Kepala Keluarga")));
        Assert.Equal(1, other.GetProperty("bad").GetInt32());

        await app.RunQualityPassAsync();
        Assert.NotNull(await FindingAsync(FindingKind.NikSharedByDifferentPeople, nik));
        Assert.NotNull(await FindingAsync(FindingKind.NikContradictsRecord, contradicting));
    }

    [SkippableFact]
    public async Task A_desa_operator_resolves_findings_with_a_reason_audited_and_a_rerun_keeps_them_resolved()
    {
        app.SkipIfUnavailable();
        await app.RunQualityPassAsync();
        var desa = await app.SignedInAsync("desa");
        var deceased = (await FindingAsync(FindingKind.Deceased, Deceased))!;
        var duplicate = (await FindingAsync(FindingKind.PersonWithSeveralNiks, DuplicateOld + "+" + DuplicateNew))!;

        var list = await desa.GetStringAsync("/perlinsos/kualitas-data?kind=Deceased&status=");
        Assert.Contains($"/perlinsos/kualitas-data/{deceased.Id}", list, StringComparison.Ordinal);
        var noReason = await desa.PostJson($"/api/v1/perlinsos/findings/{deceased.Id}/resolve", new { decision = "confirm", reason = "" });
        Assert.Equal("resolution_invalid", (await noReason.JsonAsync()).ProblemCode());

        var page = await desa.PostFormAsync($"/perlinsos/kualitas-data/{deceased.Id}",
            new() { ["Decision"] = "confirm", ["Reason"] = "Akta kematian dicek di kantor desa" });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.True(await WithPerlinsos(db => db.Members.AnyAsync(m => m.Nik == Deceased && m.IsDeceased && m.DeceasedOn == new DateOnly(2026, 8, 17))));
        var audited = await app.WithDb(db => db.AuditRecords.AnyAsync(r => r.Subject == "DataQualityFinding" && r.SubjectId == deceased.Id.ToString()
            && r.Reason == "Akta kematian dicek di kantor desa" && r.ActorName == "desa"));
        Assert.True(audited);

        var dismissed = await desa.PostJson($"/api/v1/perlinsos/findings/{duplicate.Id}/resolve", new { decision = "dismiss", reason = "Kakak beradik kembar, sudah dicek KK" });
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        var twice = await desa.PostJson($"/api/v1/perlinsos/findings/{duplicate.Id}/resolve", new { decision = "confirm", reason = "coba lagi" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        await app.RunQualityPassAsync();
        Assert.Equal(FindingStatus.Dismissed, (await FindingAsync(FindingKind.PersonWithSeveralNiks, DuplicateOld + "+" + DuplicateNew))!.Status);
        Assert.Equal(FindingStatus.Confirmed, (await FindingAsync(FindingKind.Deceased, Deceased))!.Status);
        Assert.Equal(1, await WithPerlinsos(db => db.Findings.CountAsync(f => f.Key == "PersonWithSeveralNiks:" + DuplicateOld + "+" + DuplicateNew)));
    }

    [SkippableFact]
    public async Task Findings_outside_the_area_are_hidden_and_cannot_be_resolved()
    {
        app.SkipIfUnavailable();
        var opd = await app.SignedInAsync("opd");
        var kk = Kk();
        await opd.PostJson("/api/v1/perlinsos/households", Household(kk, Pakis,
            [Member(Nik(new DateOnly(1969, 9, 19)), "Hariyono", "1969-09-19", "L", "Kepala Keluarga")]));
        await opd.UploadAsync("households", "good-rows-only", "pakis.csv", Csv(HouseholdHeader,
            Row(Kk(), Pakis, Nik(new DateOnly(1971, 1, 1)), "Gunawan Effendi", "1971-01-01", "L", "Kepala Keluarga", electricity: "3500")));
        await app.RunQualityPassAsync();
        var pakis = await WithPerlinsos(db => db.Findings.FirstAsync(f => f.VillageCode == Pakis));
        var desa = await app.SignedInAsync("desa");
        Assert.Equal(HttpStatusCode.NotFound, (await desa.GetAsync($"/api/v1/perlinsos/findings/{pakis.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desa.PostJson($"/api/v1/perlinsos/findings/{pakis.Id}/resolve", new { decision = "dismiss", reason = "bukan wilayah saya" })).StatusCode);
        var summary = await (await desa.GetAsync("/api/v1/perlinsos/findings/summary")).JsonAsync();
        Assert.All(summary.EnumerateArray(), v => Assert.Equal(Kemiren, v.GetProperty("villageCode").GetString()));
        Assert.Contains("<svg", await desa.GetStringAsync("/perlinsos/kualitas-data/dasbor"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class QualityTestsOnSqlite(SqliteApp app) : QualityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class QualityTestsOnPostgres(PostgresApp app) : QualityTests(app);
