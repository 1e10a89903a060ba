using System.IO.Compression;
using System.Net;
using Pamong.Tests.Infrastructure;
using Pamong.Tests.Web;

namespace Pamong.Tests.SpbeAssessment;

public abstract class ReportTests(PamongApp app)
{
    [SkippableFact]
    public async Task The_report_of_a_period_is_a_page_a_PDF_and_an_Excel_workbook()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("pimpinan");

        var page = await client.GetStringAsync("/spbe/2023/laporan");
        Assert.Contains("Laporan Evaluasi SPBE 2023", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("bagan-aspek", page, StringComparison.Ordinal);

        var pdf = await client.GetByteArrayAsync("/api/v1/spbe/periods/2023/report.pdf");
        PdfInspection.AssertWellFormed(pdf);
        Assert.Contains("Laporan Evaluasi SPBE Tahun 2023", PdfInspection.ShownText(pdf), StringComparison.Ordinal);
        var fromPage = await client.GetAsync("/spbe/2023/laporan?handler=pdf");
        Assert.Equal("application/pdf", fromPage.Content.Headers.ContentType?.MediaType);

        var xlsx = await client.GetByteArrayAsync("/api/v1/spbe/periods/2023/report.xlsx");
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
        foreach (var sheet in new[] { "Ringkasan", "Domain", "Aspek", "Indikator", "Riwayat" })
        {
            Assert.Contains($"name=\"{sheet}\"", workbook, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task A_partly_filled_period_reports_what_is_missing()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("admin");
        var page = await client.GetStringAsync("/spbe/2024/laporan");
        Assert.Contains("indikator belum diisi", page, StringComparison.Ordinal);
        var pdf = await client.GetByteArrayAsync("/api/v1/spbe/periods/2024/report.pdf");
        Assert.Contains("belum lengkap", PdfInspection.ShownText(pdf), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_unknown_year_is_a_404_problem_and_a_desa_operator_cannot_download()
    {
        app.SkipIfUnavailable();
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var missing = await admin.GetAsync("/api/v1/spbe/periods/1999/report.pdf");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("period_not_found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var desa = app.Browser();
        await desa.SignInAsync("desa");
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.GetAsync("/api/v1/spbe/periods/2023/report.pdf")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportTestsOnSqlite(SqliteApp app) : ReportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportTestsOnPostgres(PostgresApp app) : ReportTests(app);
