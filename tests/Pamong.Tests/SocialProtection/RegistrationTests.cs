using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosTestData;

namespace Pamong.Tests.SocialProtection;

public abstract class RegistrationTests(PamongApp app)
{
    private async Task<T> WithPerlinsos<T>(Func<PerlinsosDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        return await work(scope.ServiceProvider.GetRequiredService<PerlinsosDb>());
    }

    [SkippableFact]
    public async Task An_agent_registers_a_residents_household_with_consent_recorded()
    {
        app.SkipIfUnavailable();
        var agent = await app.SignedInAsync("pendamping");
        var (kk, head, wife) = (Kk(), Nik(new DateOnly(1971, 4, 9)), Nik(new DateOnly(1975, 8, 2), male: false));
        var response = await agent.PostJson("/api/v1/perlinsos/households", Household(kk, Kemiren,
            [Member(head, "Sugeng Riyadi", "1971-04-09", "L", "Kepala Keluarga"), Member(wife, "Sumiati", "1975-08-02", "P", "Istri")],
            new { given = true, method = "VerbalWitnessed", witness = "Pak RT Misnadi", consentedByNik = wife }));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        var consent = await WithPerlinsos(db => db.Consents.SingleAsync(c => c.ConsentedByNik == wife));
        Assert.Equal(("pendamping", "Sumiati", "Pak RT Misnadi"), (consent.AgentUserName, consent.ConsentedByName, consent.Witness));
        var household = await WithPerlinsos(db => db.Households.Include(h => h.Members).SingleAsync(h => h.KkNumber == kk));
        Assert.Equal("Agent", household.Source.ToString());
        Assert.Equal(2, household.Members.Count);
    }

    [SkippableFact]
    public async Task Registration_without_consent_or_witness_is_refused_and_nothing_is_saved()
    {
        app.SkipIfUnavailable();
        var agent = await app.SignedInAsync("desa");
        var kk = Kk();
        var noConsent = await agent.PostJson("/api/v1/perlinsos/households", Household(kk, Kemiren,
            [Member(Nik(new DateOnly(1980, 1, 5)), "Paiman", "1980-01-05", "L", "Kepala Keluarga")], new { given = false, method = "SignedForm" }));
        Assert.Equal("consent_required", (await noConsent.JsonAsync()).ProblemCode());
        var noWitness = await agent.PostJson("/api/v1/perlinsos/households", Household(kk, Kemiren,
            [Member(Nik(new DateOnly(1980, 1, 5)), "Paiman", "1980-01-05", "L", "Kepala Keluarga")], new { given = true, method = "VerbalWitnessed" }));
        Assert.NotEmpty((await noWitness.JsonAsync()).ErrorsOf("consent.Witness"));
        Assert.False(await WithPerlinsos(db => db.Households.AnyAsync(h => h.KkNumber == kk)));
    }

    [SkippableFact]
    public async Task A_desa_operator_cannot_register_or_read_outside_their_village()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var outside = await desa.PostJson("/api/v1/perlinsos/households", Household(Kk(), Pakis,
            [Member(Nik(new DateOnly(1982, 2, 2)), "Kasiran", "1982-02-02", "L", "Kepala Keluarga")]));
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal("outside_your_area", (await outside.JsonAsync()).ProblemCode());

        var opd = await app.SignedInAsync("opd");
        var kk = Kk();
        var created = await opd.PostJson("/api/v1/perlinsos/households", Household(kk, Pakis,
            [Member(Nik(new DateOnly(1983, 3, 3)), "Tukijo", "1983-03-03", "L", "Kepala Keluarga")]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await desa.GetAsync($"/api/v1/perlinsos/households/{id}")).StatusCode);
        Assert.DoesNotContain(kk[^4..], await desa.GetStringAsync("/perlinsos/rumah-tangga?q=Tukijo"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await opd.GetAsync($"/api/v1/perlinsos/households/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_full_nik_is_shown_only_with_a_reason_and_the_read_is_logged()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var nik = Nik(new DateOnly(1979, 9, 9));
        var created = await desa.PostJson("/api/v1/perlinsos/households", Household(Kk(), Kemiren, [Member(nik, "Sukiman", "1979-09-09", "L", "Kepala Keluarga")]));
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        var masked = await (await desa.GetAsync($"/api/v1/perlinsos/households/{id}")).JsonAsync();
        Assert.Equal(nik[..4] + "********" + nik[12..], masked.GetProperty("members")[0].GetProperty("nik").GetString());
        var tooShort = await desa.GetWith($"/api/v1/perlinsos/households/{id}", ("X-Access-Reason", "x"));
        Assert.Equal("access_reason_required", (await tooShort.JsonAsync()).ProblemCode());
        var full = await (await desa.GetWith($"/api/v1/perlinsos/households/{id}", ("X-Access-Reason", "Verifikasi calon penerima bantuan sosial"))).JsonAsync();
        Assert.Equal(nik, full.GetProperty("members")[0].GetProperty("nik").GetString());
        var logged = await app.WithDb(db => db.AuditRecords.AnyAsync(r => r.Action == "read-sensitive" && r.Subject == "Household" && r.SubjectId == id.ToString()
            && r.Reason == "Verifikasi calon penerima bantuan sosial"));
        Assert.True(logged);
    }

    [SkippableFact]
    public async Task A_citizen_registers_their_own_household_only_as_a_member()
    {
        app.SkipIfUnavailable();
        var warga = await app.SignedInAsync("warga");
        var kk = Kk();
        var notMember = await warga.PostJson("/api/v1/perlinsos/households/own", Household(kk, Kemiren,
            [Member(Nik(new DateOnly(1960, 6, 6)), "Sarwo", "1960-06-06", "L", "Kepala Keluarga")], new { given = true }));
        Assert.NotEmpty((await notMember.JsonAsync()).ErrorsOf("members"));

        var own = await warga.PostJson("/api/v1/perlinsos/households/own", Household(kk, Kemiren,
            [Member("3510155705900001", "Siti Rahayu", "1990-05-17", "P", "Kepala Keluarga")], new { given = true }));
        Assert.True(own.StatusCode == HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        var mine = await (await warga.GetAsync("/api/v1/perlinsos/households/own")).JsonAsync();
        Assert.Equal(kk, mine.GetProperty("kkNumber").GetString());
        Assert.Equal("Online", mine.GetProperty("consents")[0].GetProperty("method").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await warga.GetAsync("/api/v1/perlinsos/households")).StatusCode);
    }

    [SkippableFact]
    public async Task The_agent_registration_page_saves_a_household_and_shows_it_masked()
    {
        app.SkipIfUnavailable();
        var agent = await app.SignedInAsync("pendamping");
        var nik = Nik(new DateOnly(1968, 11, 21));
        var response = await agent.PostFormAsync("/perlinsos/rumah-tangga/baru", new()
        {
            ["Input.KkNumber"] = Kk(),
            ["Input.VillageCode"] = Kemiren,
            ["Input.Rt"] = "3",
            ["Input.Rw"] = "1",
            ["Input.Address"] = "Dusun Sukosari",
            ["Input.Members[0].Nik"] = nik,
            ["Input.Members[0].Name"] = "Purnomo",
            ["Input.Members[0].BirthPlace"] = "Banyuwangi",
            ["Input.Members[0].BirthDate"] = "1968-11-21",
            ["Input.Members[0].Sex"] = "Male",
            ["Input.Members[0].Relationship"] = "Head",
            ["Input.Members[0].Disability"] = "None",
            ["Input.Consent.Given"] = "true",
            ["Input.Consent.Method"] = "Fingerprint",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await agent.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Purnomo", html, StringComparison.Ordinal);
        Assert.Contains(nik[..4] + "********" + nik[12..], html, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistrationTestsOnSqlite(SqliteApp app) : RegistrationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistrationTestsOnPostgres(PostgresApp app) : RegistrationTests(app);
