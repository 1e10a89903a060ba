using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Satisfaction.Surveys;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

public abstract class SurveyTests(PamongApp app)
{
    private static readonly int[] Answers = [4, 3, 3, 4, 4, 3, 4, 3, 4];

    private async Task<Application> CompletedForWargaAsync(ApplicationStatus status = ApplicationStatus.Completed)
    {
        var service = await app.AddServiceAsync();
        var submitted = new DateTime(2026, 11, 16, 2, 0, 0);
        return await app.AddApplicationAsync(service, status, submitted, status == ApplicationStatus.Completed ? submitted.AddDays(2) : null,
            applicantUserId: await app.UserIdAsync("warga"));
    }

    [SkippableFact]
    public async Task The_applicant_rates_a_completed_application_once_only()
    {
        app.SkipIfUnavailable();
        var application = await CompletedForWargaAsync();
        var client = app.Browser();
        await client.SignInAsync("warga");

        var first = await client.PostAsJsonAsync($"/api/v1/applications/{application.Number}/survey", new { answers = Answers, sex = "P", ageBand = "U40" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var receipt = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Online", receipt.GetProperty("channel").GetString());
        Assert.Equal("35.10.15.2004", receipt.GetProperty("unitCode").GetString());

        var second = await client.PostAsJsonAsync($"/api/v1/applications/{application.Number}/survey", new { answers = Answers });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("survey_already_filled", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = await app.WithServices(async (db, _) => await db.SurveyResponses.Where(r => r.ApplicationId == application.Id).ToListAsync());
        var response = Assert.Single(stored);
        Assert.Equal(Answers, response.Answers);
        Assert.Equal("P", response.Sex);
        Assert.Equal(new DateOnly(2026, 11, 23), response.Day);
    }

    [SkippableFact]
    public async Task Someone_other_than_the_applicant_cannot_rate_it()
    {
        app.SkipIfUnavailable();
        var application = await CompletedForWargaAsync();
        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var response = await leader.PostAsJsonAsync($"/api/v1/applications/{application.Number}/survey", new { answers = Answers });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("survey_not_applicant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var anonymous = await app.CreateClient().PostAsJsonAsync($"/api/v1/applications/{application.Number}/survey", new { answers = Answers });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [SkippableFact]
    public async Task An_application_still_in_process_cannot_be_rated_yet()
    {
        app.SkipIfUnavailable();
        var application = await CompletedForWargaAsync(ApplicationStatus.InProgress);
        var client = app.Browser();
        await client.SignInAsync("warga");
        var response = await client.PostAsJsonAsync($"/api/v1/applications/{application.Number}/survey", new { answers = Answers });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("survey_application_not_completed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_missing_or_out_of_range_answer_is_named()
    {
        app.SkipIfUnavailable();
        var application = await CompletedForWargaAsync();
        var client = app.Browser();
        await client.SignInAsync("warga");
        var response = await client.PostAsJsonAsync($"/api/v1/applications/{application.Number}/survey", new { answers = new[] { 4, 3, 3, 4, 5, 3, 4, 3, 0 } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("survey_invalid", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("answers[4]", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("answers[8]", out _));
    }

    [SkippableFact]
    public async Task The_desa_operator_types_in_a_paper_questionnaire_through_the_page()
    {
        app.SkipIfUnavailable();
        var application = await CompletedForWargaAsync();
        var officer = app.Browser();
        await officer.SignInAsync("desa");
        var url = $"/layanan/permohonan/{application.Number}/survei";
        var page = await officer.GetStringAsync(url);
        Assert.Contains("Persyaratan", page, StringComparison.Ordinal);
        Assert.Contains("kuesioner kertas", page, StringComparison.Ordinal);

        var fields = Enumerable.Range(0, 9).ToDictionary(i => $"Input.Answers[{i}]", i => Answers[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        fields["Input.Education"] = "SMA";
        var posted = await officer.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("terima kasih", (await officer.GetStringAsync(posted.Headers.Location!.OriginalString)).ToLowerInvariant(), StringComparison.Ordinal);

        var stored = await app.WithServices(async (db, _) => await db.SurveyResponses.SingleAsync(r => r.ApplicationId == application.Id));
        Assert.Equal(SurveyChannel.Paper, stored.Channel);
        Assert.Equal("SMA", stored.Education);
        Assert.NotNull(stored.EnteredByUserId);
    }

    [SkippableFact]
    public async Task The_page_keeps_the_answers_and_names_the_missing_element()
    {
        app.SkipIfUnavailable();
        var application = await CompletedForWargaAsync();
        var client = app.Browser();
        await client.SignInAsync("warga");
        var url = $"/layanan/permohonan/{application.Number}/survei";
        var fields = Enumerable.Range(0, 8).ToDictionary(i => $"Input.Answers[{i}]", _ => "3");
        var response = await client.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Sarana dan Prasarana", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithServices(async (db, _) => await db.SurveyResponses.AnyAsync(r => r.ApplicationId == application.Id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SurveyTestsOnSqlite(SqliteApp app) : SurveyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SurveyTestsOnPostgres(PostgresApp app) : SurveyTests(app);
