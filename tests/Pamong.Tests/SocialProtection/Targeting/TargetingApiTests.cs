using System.Net;
using System.Net.Http.Json;
using Pamong.SocialProtection.Registry;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosPrograms;

namespace Pamong.Tests.SocialProtection.Targeting;

/// <summary>Runs through the API: rules, quota, explanations, versions and their diff, approval, exclusivity, who may do what.</summary>
public abstract class TargetingApiTests(PamongApp app)
{
    private const string Pakis = "35.10.16.1001";
    private const string Sobo = "35.10.16.1002";
    private const string Paspan = "35.10.15.2007";
    private const string Tamansuruh = "35.10.15.2010";

    [SkippableFact]
    public async Task A_run_selects_within_the_quota_and_explains_every_decision()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(maxDecile: 4, quota: 2, village: Pakis);
        var first = await app.HouseholdAsync(Pakis, 1);
        var second = await app.HouseholdAsync(Pakis, 2);
        var third = await app.HouseholdAsync(Pakis, 3);
        var rich = await app.HouseholdAsync(Pakis, 6);
        var official = await app.HouseholdAsync(Pakis, 1, members: [new(NewNik(), "Bambang", Relationship.Head, new(1980, 1, 1), IsAsn: true), new(NewNik(), "Ani", Relationship.Child, new(2012, 1, 1))]);

        var run = await dinsos.RunAsync(program);
        var id = run.GetProperty("id").GetInt32();
        Assert.Equal(1, run.GetProperty("version").GetInt32());
        Assert.Equal(run.GetProperty("total").GetInt32(), run.GetProperty("processed").GetInt32());

        var chosen = await dinsos.DecisionAsync(id, first.Id);
        Assert.Equal("Selected", chosen.GetProperty("status").GetString());
        Assert.Equal(1, chosen.GetProperty("rank").GetInt32());
        Assert.Equal("Termasuk: desil 1, ada anak usia sekolah", chosen.GetProperty("explanation").GetString());
        Assert.Equal(400_000, chosen.GetProperty("benefit").GetInt64());

        Assert.Equal("Selected", (await dinsos.DecisionAsync(id, second.Id)).GetProperty("status").GetString());
        var over = await dinsos.DecisionAsync(id, third.Id);
        Assert.Equal("OverQuota", over.GetProperty("status").GetString());
        Assert.Equal("Kuota desa Pakis penuh (2); peringkat Anda 3", over.GetProperty("explanation").GetString());

        var excluded = await dinsos.DecisionAsync(id, rich.Id);
        Assert.Equal("NotEligible", excluded.GetProperty("status").GetString());
        Assert.Equal($"Tidak termasuk karena desil kesejahteraan 6 di atas batas 4 untuk Bantuan {program}", excluded.GetProperty("explanation").GetString());
        var decile = excluded.GetProperty("outcomes").EnumerateArray().First();
        Assert.Equal(("decile", false, "6", "4"), (decile.GetProperty("rule").GetString(), decile.GetProperty("passed").GetBoolean(), decile.GetProperty("seen").GetString(), decile.GetProperty("threshold").GetString()));
        Assert.Contains("ASN", (await dinsos.DecisionAsync(id, official.Id)).GetProperty("explanation").GetString(), StringComparison.Ordinal);

        // The page says the same.
        var page = await dinsos.GetStringAsync($"/perlinsos/penetapan/{id}?village={Pakis}");
        Assert.Contains("Kuota desa Pakis penuh (2); peringkat Anda 3", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Running_again_on_the_same_data_gives_the_same_result_and_an_empty_diff()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(quota: 1, village: Sobo);
        await app.HouseholdAsync(Sobo, 2);
        var first = await dinsos.RunAsync(program);
        var again = await dinsos.RunAsync(program);
        Assert.Equal(2, again.GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("digest").GetString(), again.GetProperty("digest").GetString());
        var diff = await (await dinsos.GetAsync($"/api/v1/perlinsos/runs/{again.GetProperty("id").GetInt32()}/diff")).JsonAsync();
        Assert.Empty(diff.GetProperty("added").EnumerateArray());
        Assert.Empty(diff.GetProperty("removed").EnumerateArray());

        // A poorer household appears: the next version adds it and removes the one it displaces.
        var poorer = await app.HouseholdAsync(Sobo, 1, income: 100_000);
        var third = await dinsos.RunAsync(program);
        Assert.NotEqual(first.GetProperty("digest").GetString(), third.GetProperty("digest").GetString());
        diff = await (await dinsos.GetAsync($"/api/v1/perlinsos/runs/{third.GetProperty("id").GetInt32()}/diff")).JsonAsync();
        Assert.Equal(poorer.Id, diff.GetProperty("added").EnumerateArray().Single().GetProperty("householdId").GetInt32());
        Assert.Equal(2, diff.GetProperty("previousVersion").GetInt32());
    }

    [SkippableFact]
    public async Task Approval_announces_once_and_supersedes_the_earlier_version()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(appealDays: 14);
        var v1 = (await dinsos.RunAsync(program)).GetProperty("id").GetInt32();
        var announced = await dinsos.ApproveAsync(v1);
        Assert.Equal("Announced", announced.GetProperty("status").GetString());
        Assert.Equal(app.Clock.GetUtcNow().AddDays(14), announced.GetProperty("appealUntil").GetDateTimeOffset());
        Assert.Equal("run_not_completed", (await (await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/runs/{v1}/approve", new { })).JsonAsync()).ProblemCode());

        var v2 = (await dinsos.RunAsync(program)).GetProperty("id").GetInt32();
        await dinsos.ApproveAsync(v2);
        Assert.Equal("Superseded", (await (await dinsos.GetAsync($"/api/v1/perlinsos/runs/{v1}")).JsonAsync()).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_household_selected_by_an_exclusive_program_earlier_in_the_order_is_not_selected_again()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var first = await dinsos.ProgramAsync(priority: 1);
        var second = await dinsos.ProgramAsync(priority: 2, exclusiveWith: [first]);
        var household = await app.HouseholdAsync(Paspan, 1);
        await dinsos.ApproveAsync((await dinsos.RunAsync(first)).GetProperty("id").GetInt32());
        var run = (await dinsos.RunAsync(second)).GetProperty("id").GetInt32();
        var decision = await dinsos.DecisionAsync(run, household.Id);
        Assert.Equal("ExcludedByProgram", decision.GetProperty("status").GetString());
        Assert.Equal($"Tidak termasuk karena sudah ditetapkan sebagai penerima Bantuan {first}, yang tidak dapat digabung dengan Bantuan {second}", decision.GetProperty("explanation").GetString());

        // The exclusivity is read both ways: the first program is not affected by the second.
        var again = (await dinsos.RunAsync(first)).GetProperty("id").GetInt32();
        Assert.Equal("Selected", (await dinsos.DecisionAsync(again, household.Id)).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_program_with_bad_rules_is_refused_field_by_field()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var response = await dinsos.PostAsJsonAsync("/api/v1/perlinsos/programs", new
        {
            code = "x",
            name = "",
            maxDecile = 11,
            benefitPerStage = -1,
            stagesPerYear = 0,
            exclusiveWith = new[] { "TIDAK-ADA" },
            quotas = new[] { new { villageCode = "35.10.15", quota = 3 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("program_invalid", problem.ProblemCode());
        foreach (var field in new[] { "code", "name", "maxDecile", "benefitPerStage", "stagesPerYear", "exclusiveWith", "quotas" })
        {
            Assert.NotEmpty(problem.ErrorsOf(field));
        }
    }

    [SkippableFact]
    public async Task Only_the_dinas_sosial_manages_programs_and_runs_and_a_desa_sees_only_its_village()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync();
        var kemiren = await app.HouseholdAsync(Kemiren, 1);
        var tamansuruh = await app.HouseholdAsync(Tamansuruh, 1);
        var run = (await dinsos.RunAsync(program)).GetProperty("id").GetInt32();

        var desa = await app.SignedInAsync("desa");
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostAsJsonAsync("/api/v1/perlinsos/runs", new { program, period = "2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostAsJsonAsync($"/api/v1/perlinsos/runs/{run}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostAsJsonAsync("/api/v1/perlinsos/programs", new { code = "X1" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desa.GetAsync($"/api/v1/perlinsos/runs/{run}/decisions/{kemiren.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desa.GetAsync($"/api/v1/perlinsos/runs/{run}/decisions/{tamansuruh.Id}")).StatusCode);
        var list = await (await desa.GetAsync($"/api/v1/perlinsos/runs/{run}/decisions?pageSize=200")).JsonAsync();
        Assert.All(list.GetProperty("items").EnumerateArray(), d => Assert.Equal(Kemiren, d.GetProperty("villageCode").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("warga")).GetAsync($"/api/v1/perlinsos/runs/{run}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TargetingApiTestsOnSqlite(SqliteApp app) : TargetingApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TargetingApiTestsOnPostgres(PostgresApp app) : TargetingApiTests(app);
