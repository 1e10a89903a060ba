using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Catalogue;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

public abstract class IkmResultsTests(PamongApp app)
{
    [SkippableFact]
    public async Task The_stored_surveys_give_the_regulation_arithmetic_in_the_calculate_shape()
    {
        app.SkipIfUnavailable();
        // Two respondents of the inspectorate's service in May 2019 (no other test writes there):
        // NRR = (4+3)/2, (3+3)/2, (3+2)/2, ... ; IKM = Σ NRR / 9 = 29.5 / 9 = 3.2777… → 3.278; × 25 = 81.944… → 81.94, grade B.
        var service = await app.AddServiceAsync(ServiceLevel.Opd, "INSPEKTORAT");
        foreach (var answers in new[] { new[] { 4, 3, 3, 4, 4, 3, 4, 3, 4 }, new[] { 3, 3, 2, 4, 3, 3, 3, 3, 3 } })
        {
            var application = await app.AddApplicationAsync(service, ApplicationStatus.Completed, new DateTime(2019, 5, 6, 2, 0, 0), new DateTime(2019, 5, 7, 2, 0, 0));
            await app.AddSurveyAsync(application, "INSPEKTORAT", new DateOnly(2019, 5, 8), answers);
        }

        var response = await app.CreateClient().GetAsync("/api/v1/ikm?unit=INSPEKTORAT&from=2019-05-01&to=2019-05-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var expected = JsonNode.Parse("""
            {"respondents":2,"nrr":[3.5,3.0,2.5,4.0,3.5,3.0,3.5,3.0,3.5],"ikm":3.278,"converted":81.94,"grade":"B","performance":"Baik"}
            """)!.AsObject();
        foreach (var (name, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, json[name]), $"{name}: {json[name]?.ToJsonString()}");
        }

        Assert.Equal("INSPEKTORAT", (string?)json["unit"]);
        Assert.Equal("2019-05-01", (string?)json["from"]);
        Assert.Equal("2019-05-31", (string?)json["to"]);
    }

    [SkippableFact]
    public async Task A_unit_without_responses_has_zero_respondents_and_no_index()
    {
        app.SkipIfUnavailable();
        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/ikm?unit=DISKOMINFO&from=2018-01-01&to=2018-12-31");
        Assert.Equal(0, json.GetProperty("respondents").GetInt32());
        Assert.Equal(0, json.GetProperty("nrr").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("ikm").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("grade").ValueKind);
        Assert.Contains("Belum ada survei", json.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("unit=DINSOS&from=2026-13-01", "date_invalid")]
    [InlineData("unit=DINSOS&from=kemarin", "date_invalid")]
    [InlineData("unit=DINSOS&from=2026-05-01&to=2026-04-01", "period_reversed")]
    [InlineData("unit=TIDAK-ADA", "unit_unknown")]
    [InlineData("unit=DINSOS&service=tidak-ada", "service_unknown")]
    public async Task A_bad_query_is_a_problem(string query, string code)
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().GetAsync("/api/v1/ikm?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task The_public_page_and_the_report_show_the_unit_and_the_report_downloads_open()
    {
        app.SkipIfUnavailable();
        var service = await app.AddServiceAsync(ServiceLevel.Opd, "DINKES");
        var application = await app.AddApplicationAsync(service, ApplicationStatus.Completed, new DateTime(2019, 6, 3, 2, 0, 0), new DateTime(2019, 6, 4, 2, 0, 0),
            applicantName: "Rahasia Pemohon Ikm", nik: "3510154101907777");
        await app.AddSurveyAsync(application, "DINKES", new DateOnly(2019, 6, 5), 4, 4, 4, 4, 4, 4, 4, 4, 3);

        var page = await app.CreateClient().GetStringAsync("/layanan/ikm?unit=DINKES&from=2019-06-01&to=2019-06-30");
        Assert.Contains("3,889", page, StringComparison.Ordinal); // Σ NRR = 35; 35/9 = 3.8889 → 3,889; × 25 = 97.22
        Assert.Contains("97,22", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahasia Pemohon Ikm", page, StringComparison.Ordinal);
        Assert.DoesNotContain("3510154101907777", page, StringComparison.Ordinal);

        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var report = await leader.GetStringAsync("/layanan/ikm/laporan?unit=DINKES&from=2019-06-01&to=2019-06-30");
        Assert.Contains(service.Name, report, StringComparison.Ordinal);
        var pdf = await leader.GetAsync("/layanan/ikm/laporan?handler=pdf&unit=DINKES&from=2019-06-01&to=2019-06-30");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var pdfText = System.Text.Encoding.Latin1.GetString(await pdf.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("%PDF-1.4", pdfText, StringComparison.Ordinal);
        Assert.Contains("3,889", pdfText, StringComparison.Ordinal);
        var xlsx = await leader.GetAsync("/layanan/ikm/laporan?handler=xlsx&unit=DINKES&from=2019-06-01&to=2019-06-30");
        using var book = new System.IO.Compression.ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        Assert.NotNull(book.GetEntry("xl/workbook.xml"));
        using var sheet = new StreamReader(book.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains("Persyaratan", await sheet.ReadToEndAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IkmResultsTestsOnSqlite(SqliteApp app) : IkmResultsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IkmResultsTestsOnPostgres(PostgresApp app) : IkmResultsTests(app);
