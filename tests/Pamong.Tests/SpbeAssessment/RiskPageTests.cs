using System.Net;
using System.Text.RegularExpressions;
using Pamong.Tests.Infrastructure;
using Pamong.Tests.Web;

namespace Pamong.Tests.SpbeAssessment;

public abstract partial class RiskPageTests(PamongApp app)
{
    private async Task<HttpClient> Admin()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    /// <summary>Sets up a context through its page (categories Keamanan SPBE from 6, Inovasi from 11) and returns its id.</summary>
    private static async Task<int> NewContextThroughThePage(HttpClient client)
    {
        var page = await client.Text("/spbe/risiko/konteks/baru");
        var fields = new Dictionary<string, string> { ["Input.Year"] = "2099", ["Input.Name"] = SpbeTestData.Unique("UPR Halaman"), ["Input.Scope"] = "Uji halaman" };
        foreach (Match line in CategoryLine().Matches(page))
        {
            var (index, name) = (line.Groups[1].Value, WebUtility.HtmlDecode(line.Groups[2].Value));
            fields[$"Input.Categories[{index}].Name"] = name;
            fields[$"Input.Categories[{index}].Used"] = name is "Keamanan SPBE" or "Inovasi" ? "true" : "false";
            fields[$"Input.Categories[{index}].Appetite"] = name == "Keamanan SPBE" ? "6" : "11";
        }

        Assert.Equal(15 * 3 + 3, fields.Count);
        var response = await client.PostFormAsync("/spbe/risiko/konteks/baru", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split("konteks=")[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [SkippableFact]
    public async Task The_register_shows_the_heat_map_the_demo_risks_and_the_overdue_treatment()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var html = await client.Text("/spbe/risiko");
        Assert.Contains("Peta risiko: 6 risiko", html, StringComparison.Ordinal);
        Assert.Contains("2 risiko dengan kemungkinan 3 dan dampak 5", html, StringComparison.Ordinal);
        Assert.Contains("22 · Sangat Tinggi", html, StringComparison.Ordinal);
        Assert.Contains("Layanan pusat data Pemda terhenti lebih dari 4 jam", html, StringComparison.Ordinal);
        Assert.Contains("1 rencana penanganan lewat tenggat", html, StringComparison.Ordinal);
        Assert.Contains("class=\"row--overdue\"", html, StringComparison.Ordinal);
        Assert.Contains("Formulir 3.0 Penilaian Risiko", html, StringComparison.Ordinal);

        var cell = await client.Text("/spbe/risiko?k=2&d=4");
        Assert.Contains("Anggaran SPBE dipotong dalam perubahan APBD", cell, StringComparison.Ordinal);
        Assert.DoesNotContain(">Serangan ransomware pada server aplikasi OPD</a>", cell, StringComparison.Ordinal); // in the table; the overdue notice still names it
        var mustTreat = await client.Text("/spbe/risiko?tangani=true");
        Assert.DoesNotContain(">Anggaran SPBE dipotong dalam perubahan APBD</a>", mustTreat, StringComparison.Ordinal);
        Assert.Contains(">Serangan ransomware pada server aplikasi OPD</a>", mustTreat, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_risk_is_assessed_treated_and_monitored_through_the_pages_and_lands_on_the_heat_map()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var context = await NewContextThroughThePage(client);
        var owner = (await app.OpdId("DISKOMINFO")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await client.PostFormAsync($"/spbe/risiko/baru?konteks={context}", new()
        {
            ["Input.ContextId"] = context.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Category"] = "Keamanan SPBE",
            ["Input.Kind"] = "Negative",
            ["Input.Event"] = "Kebocoran data DTKS lewat halaman uji",
            ["Input.Cause"] = "Kontrol akses lemah",
            ["Input.ImpactDescription"] = "Data pribadi bocor",
            ["Input.ImpactArea"] = "LegalAndRegulatory",
            ["Input.OwnerUnitId"] = owner,
            ["Input.Likelihood"] = "3",
            ["Input.Impact"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var riskPage = created.Headers.Location!.OriginalString;
        var detail = await client.Text(riskPage);
        Assert.Contains("14 · Sedang", detail, StringComparison.Ordinal);
        Assert.Contains("Ya — besaran mencapai selera risiko kategorinya", detail, StringComparison.Ordinal);

        var treated = await client.PostFormAsync(riskPage + "/penanganan/baru", new()
        {
            ["Input.Option"] = "Mitigate",
            ["Input.Plan"] = "Audit hak akses dan enkripsi kolom NIK",
            ["Input.OwnerUnitId"] = owner,
            ["Input.Deadline"] = "2027-02-28",
            ["Input.TargetLikelihood"] = "2",
            ["Input.TargetImpact"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, treated.StatusCode);
        detail = await client.Text(riskPage);
        Assert.Contains("Mitigasi: Audit hak akses dan enkripsi kolom NIK", detail, StringComparison.Ordinal);
        var treatmentId = TreatmentLink().Match(detail).Groups[1].Value;

        var monitored = await client.PostFormAsync($"/spbe/risiko/penanganan/{treatmentId}/pemantauan/baru", new()
        {
            ["Input.Date"] = "2026-11-20",
            ["Input.Progress"] = "40",
            ["Input.Status"] = "InProgress",
            ["Input.ResidualLikelihood"] = "2",
            ["Input.ResidualImpact"] = "4",
            ["Input.Note"] = "Audit berjalan",
        });
        Assert.Equal(HttpStatusCode.Redirect, monitored.StatusCode);
        detail = await client.Text(riskPage);
        Assert.Contains("Audit berjalan", detail, StringComparison.Ordinal);
        Assert.Contains("13 · Sedang", detail, StringComparison.Ordinal);

        var register = await client.Text($"/spbe/risiko?konteks={context}");
        Assert.Contains("1 risiko dengan kemungkinan 3 dan dampak 3", register, StringComparison.Ordinal);
        Assert.Contains("Kebocoran data DTKS lewat halaman uji", register, StringComparison.Ordinal);

        var pdf = await client.GetAsync($"/spbe/risiko/konteks/{context}/formulir/3/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        PdfInspection.AssertWellFormed(bytes);
        Assert.Contains("Kebocoran data DTKS lewat halaman uji", PdfInspection.ShownText(bytes), StringComparison.Ordinal);
        var xlsx = await client.GetAsync($"/spbe/risiko/konteks/{context}/formulir/5/xlsx");
        Assert.Contains("Audit berjalan", SpbeTestData.WorkbookText(await xlsx.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_risk_form_with_mistakes_comes_back_with_every_message_announced()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var context = await NewContextThroughThePage(client);
        var response = await client.PostFormAsync($"/spbe/risiko/baru?konteks={context}", new()
        {
            ["Input.ContextId"] = context.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Category"] = "Bencana Alam",
            ["Input.Kind"] = "Negative",
            ["Input.Event"] = "",
            ["Input.Likelihood"] = "3",
            ["Input.Impact"] = "3",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Pilih kategori yang digunakan dalam konteks ini.", html, StringComparison.Ordinal);
        Assert.Contains("Wajib diisi.", html, StringComparison.Ordinal);
        Assert.Matches("id=\"Input_Event\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"Input_Event\"", html);
    }

    [SkippableFact]
    public async Task The_administrator_localises_the_matrix_on_its_page_and_a_broken_matrix_is_refused_cell_by_cell()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        Dictionary<string, string> Fields(Func<int, int, int> magnitude)
        {
            var fields = new Dictionary<string, string>();
            for (var l = 1; l <= 5; l++)
            {
                for (var i = 1; i <= 5; i++)
                {
                    fields[$"Input.Magnitudes[{l - 1}][{i - 1}]"] = magnitude(l, i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            foreach (var (b, (name, from)) in new[] { ("Rendah sekali", 1), ("Rendah", 4), ("Sedang", 8), ("Tinggi", 13), ("Ekstrem", 20) }.Index())
            {
                fields[$"Input.Bands[{b}].Name"] = name;
                fields[$"Input.Bands[{b}].From"] = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return fields;
        }

        var broken = await client.PostFormAsync("/spbe/risiko/matriks", Fields((l, i) => l == 3 && i == 4 ? 1 : l * i));
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        var html = WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync());
        Assert.Contains("Kemungkinan 3, dampak 4: besaran harus lebih besar dari sel di sebelah kirinya", html, StringComparison.Ordinal);
        Assert.Matches("id=\"sel-3-4\"[^>]*aria-invalid=\"true\"", html);

        try
        {
            var saved = await client.PostFormAsync("/spbe/risiko/matriks", Fields((l, i) => l * i));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var page = await client.Text("/spbe/risiko/matriks");
            Assert.Contains("Matriks disesuaikan Pemda", page, StringComparison.Ordinal);
            Assert.Contains("9 · Sedang", await client.Text("/spbe/risiko"), StringComparison.Ordinal); // L3 × I3 in the heat map
        }
        finally
        {
            var reset = await client.PostFormAsync("/spbe/risiko/matriks?handler=Reset", [], "/spbe/risiko/matriks");
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        Assert.Contains("Matriks bawaan PermenPANRB 5/2020", await client.Text("/spbe/risiko/matriks"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_opd_operator_reads_the_register_without_the_buttons_that_change_it()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("opd");
        var html = await client.Text("/spbe/risiko");
        Assert.Contains("Peta risiko", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/spbe/risiko/baru", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Magnitudes[0][0]\"", await client.Text("/spbe/risiko/matriks"), StringComparison.Ordinal);
        var form = await client.GetAsync("/spbe/risiko/konteks/baru");
        Assert.Contains("/akses-ditolak", form.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"Input\\.Categories\\[(\\d+)\\]\\.Name\" value=\"([^\"]+)\"")]
    private static partial Regex CategoryLine();

    [GeneratedRegex("/spbe/risiko/penanganan/(\\d+)/pemantauan/baru")]
    private static partial Regex TreatmentLink();
}

[Collection(SqliteCollection.Name)]
public sealed class RiskPageTestsOnSqlite(SqliteApp app) : RiskPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RiskPageTestsOnPostgres(PostgresApp app) : RiskPageTests(app);
