using System.Net;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Host;

public abstract class HostTests(PamongApp app)
{
    [SkippableFact]
    public async Task Home_page_is_served_in_Indonesian_by_default()
    {
        app.SkipIfUnavailable();
        var html = await app.CreateClient().GetStringAsync("/");
        Assert.Contains("lang=\"id\"", html, StringComparison.Ordinal);
        Assert.Contains("Beranda", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Language_switch_stores_English_and_the_next_page_is_in_English()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        var switched = await client.GetAsync("/bahasa?c=en&kembali=/");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var html = await client.GetStringAsync("/");
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Home", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Language_switch_never_redirects_to_another_site()
    {
        app.SkipIfUnavailable();
        var response = await app.Browser().GetAsync("/bahasa?c=en&kembali=//evil.example");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Health_endpoints_report_healthy_when_the_database_answers()
    {
        app.SkipIfUnavailable();
        var client = app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [SkippableFact]
    public async Task OpenApi_document_is_served()
    {
        app.SkipIfUnavailable();
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"openapi\"", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Api_reference_page_lists_the_api_operations_without_javascript()
    {
        app.SkipIfUnavailable();
        var html = await app.CreateClient().GetStringAsync("/api");
        Assert.Contains("/api/v1/modules", html, StringComparison.Ordinal);
        Assert.Contains("/openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Unknown_page_answers_404_with_an_Indonesian_page()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().GetAsync("/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HostTestsOnSqlite(SqliteApp app) : HostTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HostTestsOnPostgres(PostgresApp app) : HostTests(app);
