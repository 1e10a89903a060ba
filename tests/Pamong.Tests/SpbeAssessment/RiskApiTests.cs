using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Risks.Contexts;
using Pamong.SpbeAssessment.Risks.Register;
using Pamong.Tests.Infrastructure;
using Pamong.Tests.Web;

namespace Pamong.Tests.SpbeAssessment;

public abstract class RiskApiTests(PamongApp app)
{
    private async Task<HttpClient> Admin()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    /// <summary>A fresh context (year 2030 + random) with two categories: Keamanan SPBE from 6, Rencana dan Anggaran from 16.</summary>
    private static async Task<int> NewContext(HttpClient client)
    {
        var response = await client.PostJson("/api/v1/spbe/risks/contexts", new
        {
            year = 2030 + Random.Shared.Next(60),
            name = SpbeTestData.Unique("UPR Uji"),
            scope = "Uji",
            categories = new[] { new { name = "Keamanan SPBE", appetite = 6 }, new { name = "Rencana dan Anggaran", appetite = 16 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> NewRisk(HttpClient client, int context, string @event, int likelihood, int impact, string category = "Keamanan SPBE", string kind = "Negative")
    {
        var response = await client.PostJson("/api/v1/spbe/risks", new
        {
            contextId = context,
            category,
            kind,
            @event,
            cause = "Penyebab uji",
            impactDescription = "Dampak uji",
            impactArea = "IctOperationsAndAssets",
            ownerUnitId = await app.OpdId("DISKOMINFO"),
            likelihood,
            impact,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task A_risk_is_assessed_with_the_magnitude_band_and_appetite_of_the_default_matrix()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var context = await NewContext(client);

        var severe = await NewRisk(client, context, "Serangan ransomware uji", 5, 5);
        Assert.Equal("R-01", severe.GetProperty("code").GetString());
        Assert.Equal(25, severe.GetProperty("inherent").GetProperty("magnitude").GetInt32());
        Assert.Equal("Sangat Tinggi", severe.GetProperty("inherent").GetProperty("band").GetString());
        Assert.True(severe.GetProperty("mustTreat").GetBoolean());

        var budget = await NewRisk(client, context, "Anggaran dipotong uji", 2, 4, "Rencana dan Anggaran");
        Assert.Equal("R-02", budget.GetProperty("code").GetString());
        Assert.Equal(13, budget.GetProperty("inherent").GetProperty("magnitude").GetInt32());
        Assert.Equal("Sedang", budget.GetProperty("inherent").GetProperty("band").GetString());
        Assert.Equal(16, budget.GetProperty("appetite").GetInt32());
        Assert.False(budget.GetProperty("mustTreat").GetBoolean());

        var heat = await (await client.GetAsync($"/api/v1/spbe/risks/contexts/{context}/heatmap")).JsonAsync();
        Assert.Equal(25, heat.GetArrayLength());
        var cell = heat.EnumerateArray().Single(c => c.GetProperty("likelihood").GetInt32() == 2 && c.GetProperty("impact").GetInt32() == 4);
        Assert.Equal((1, 13), (cell.GetProperty("count").GetInt32(), cell.GetProperty("magnitude").GetInt32()));
    }

    [SkippableFact]
    public async Task A_localised_matrix_changes_every_risks_magnitude_at_once_and_a_broken_one_is_refused_cell_by_cell()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var context = await NewContext(client);
        var risk = await NewRisk(client, context, "Pusat data padam uji", 3, 3);
        Assert.Equal(14, risk.GetProperty("inherent").GetProperty("magnitude").GetInt32());
        var product = Enumerable.Range(1, 5).Select(l => Enumerable.Range(1, 5).Select(i => l * i).ToArray()).ToArray();
        var bands = new[] { new { name = "Rendah sekali", from = 1 }, new { name = "Rendah", from = 4 }, new { name = "Sedang", from = 8 }, new { name = "Tinggi", from = 13 }, new { name = "Ekstrem", from = 20 } };
        try
        {
            var saved = await client.PutJson("/api/v1/spbe/risks/matrix", new { magnitudes = product, bands });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.True((await saved.JsonAsync()).GetProperty("localised").GetBoolean());

            var now = await (await client.GetAsync($"/api/v1/spbe/risks/{risk.GetProperty("id").GetInt32()}")).JsonAsync();
            Assert.Equal(9, now.GetProperty("inherent").GetProperty("magnitude").GetInt32());
            Assert.Equal("Sedang", now.GetProperty("inherent").GetProperty("band").GetString());

            product[2][3] = product[2][2];
            var broken = await client.PutJson("/api/v1/spbe/risks/matrix", new { magnitudes = product, bands });
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            var problem = await broken.JsonAsync();
            Assert.Equal("matrix_invalid", problem.ProblemCode());
            Assert.NotEmpty(problem.ErrorsOf("magnitudes[2][3]"));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("/api/v1/spbe/risks/matrix")).StatusCode);
        }

        var back = await (await client.GetAsync($"/api/v1/spbe/risks/{risk.GetProperty("id").GetInt32()}")).JsonAsync();
        Assert.Equal(14, back.GetProperty("inherent").GetProperty("magnitude").GetInt32());
    }

    [SkippableFact]
    public async Task Treatments_must_fit_the_kind_of_risk_and_monitoring_gives_the_residual()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var context = await NewContext(client);
        var risk = await NewRisk(client, context, "Ancaman uji", 4, 4);
        var id = risk.GetProperty("id").GetInt32();
        var owner = await app.OpdId("DISKOMINFO");

        var wrong = await client.PostJson($"/api/v1/spbe/risks/{id}/treatments", new { option = "Exploit", plan = "x", ownerUnitId = owner, deadline = "2027-01-31", targetLikelihood = 2, targetImpact = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.NotEmpty((await wrong.JsonAsync()).ErrorsOf("option"));

        var above = await client.PostJson($"/api/v1/spbe/risks/{id}/treatments", new { option = "Mitigate", plan = "x", ownerUnitId = owner, deadline = "2027-01-31", targetLikelihood = 5, targetImpact = 5 });
        Assert.NotEmpty((await above.JsonAsync()).ErrorsOf("targetImpact"));

        var planned = await client.PostJson($"/api/v1/spbe/risks/{id}/treatments", new { option = "Mitigate", plan = "Cadangan luring mingguan", ownerUnitId = owner, deadline = "2026-10-31", targetLikelihood = 2, targetImpact = 3 });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var treatment = (await planned.JsonAsync()).GetProperty("treatments")[0];
        Assert.Equal(11, treatment.GetProperty("target").GetProperty("magnitude").GetInt32());
        Assert.True(treatment.GetProperty("overdue").GetBoolean()); // 31 October is before the test clock's 23 November 2026

        var treatmentId = treatment.GetProperty("id").GetInt32();
        var future = await client.PostJson($"/api/v1/spbe/risks/treatments/{treatmentId}/monitoring", new { date = "2026-12-01", progress = 10, status = "InProgress", residualLikelihood = 3, residualImpact = 3 });
        Assert.NotEmpty((await future.JsonAsync()).ErrorsOf("date"));
        var notFull = await client.PostJson($"/api/v1/spbe/risks/treatments/{treatmentId}/monitoring", new { date = "2026-11-20", progress = 80, status = "Done", residualLikelihood = 2, residualImpact = 3 });
        Assert.NotEmpty((await notFull.JsonAsync()).ErrorsOf("progress"));

        var done = await client.PostJson($"/api/v1/spbe/risks/treatments/{treatmentId}/monitoring", new { date = "2026-11-20", progress = 100, status = "Done", residualLikelihood = 2, residualImpact = 3, note = "Selesai" });
        Assert.Equal(HttpStatusCode.Created, done.StatusCode);
        var after = await done.JsonAsync();
        Assert.Equal(11, after.GetProperty("residual").GetProperty("magnitude").GetInt32());
        Assert.False(after.GetProperty("treatments")[0].GetProperty("overdue").GetBoolean());

        var changedKind = await client.PutJson($"/api/v1/spbe/risks/{id}", new
        {
            category = "Keamanan SPBE",
            kind = "Positive",
            @event = "Ancaman uji",
            impactArea = "Reputation",
            ownerUnitId = owner,
            likelihood = 4,
            impact = 4,
        });
        Assert.NotEmpty((await changedKind.JsonAsync()).ErrorsOf("kind"));
    }

    [SkippableFact]
    public async Task Missing_fields_and_a_category_the_context_does_not_use_are_named_in_a_400_problem()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var context = await NewContext(client);
        var response = await client.PostJson("/api/v1/spbe/risks", new { contextId = context, category = "Bencana Alam", kind = "Sideways", likelihood = 6 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("risk_invalid", problem.ProblemCode());
        foreach (var field in new[] { "category", "kind", "event", "impactArea", "ownerUnitId", "likelihood", "impact" })
        {
            Assert.NotEmpty(problem.ErrorsOf(field));
        }

        var noCategories = await client.PostJson("/api/v1/spbe/risks/contexts", new { year = 2026, name = "X", categories = Array.Empty<object>() });
        Assert.Equal("risk_context_invalid", (await noCategories.JsonAsync()).ProblemCode());
        var badAppetite = await client.PostJson("/api/v1/spbe/risks/contexts", new { year = 2026, name = "X", categories = new[] { new { name = "Inovasi", appetite = 30 } } });
        Assert.NotEmpty((await badAppetite.JsonAsync()).ErrorsOf("categories[0].Appetite"));
    }

    [SkippableFact]
    public async Task The_four_forms_download_as_valid_pdf_and_xlsx_with_the_risks_text_inside()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var context = await NewContext(client);
        var risk = await NewRisk(client, context, "Gangguan jaringan intra Kemiren", 3, 4);
        await client.PostJson($"/api/v1/spbe/risks/{risk.GetProperty("id").GetInt32()}/treatments", new
        {
            option = "Mitigate",
            plan = "Jalur cadangan radio ke Glagah",
            ownerUnitId = await app.OpdId("DISKOMINFO"),
            deadline = "2027-03-31",
            targetLikelihood = 2,
            targetImpact = 3,
        });

        foreach (var form in new[] { 2, 3, 4, 5 })
        {
            var pdf = await client.GetAsync($"/api/v1/spbe/risks/contexts/{context}/forms/{form}.pdf");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            PdfInspection.AssertWellFormed(bytes);
            var content = PdfInspection.Content(bytes);
            Assert.Contains($"(Formulir {form}.0 ", content, StringComparison.Ordinal);

            var xlsx = await client.GetAsync($"/api/v1/spbe/risks/contexts/{context}/forms/{form}.xlsx");
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"formulir-{form}.0-", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
            var workbook = SpbeTestData.WorkbookText(await xlsx.Content.ReadAsByteArrayAsync());
            Assert.Contains($"Formulir {form}.0", workbook, StringComparison.Ordinal);
        }

        var assessment = await (await client.GetAsync($"/api/v1/spbe/risks/contexts/{context}/forms/3.pdf")).Content.ReadAsByteArrayAsync();
        Assert.Contains("Gangguan jaringan intra Kemiren", PdfInspection.ShownText(assessment), StringComparison.Ordinal);
        var plan = await (await client.GetAsync($"/api/v1/spbe/risks/contexts/{context}/forms/4.xlsx")).Content.ReadAsByteArrayAsync();
        Assert.Contains("Jalur cadangan radio ke Glagah", SpbeTestData.WorkbookText(plan), StringComparison.Ordinal);
        Assert.Contains("Gangguan jaringan intra Kemiren", SpbeTestData.WorkbookText(await (await client.GetAsync($"/api/v1/spbe/risks/contexts/{context}/forms/3.xlsx")).Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/spbe/risks/contexts/{context}/forms/6.pdf")).StatusCode);
    }

    [SkippableFact]
    public async Task Reading_needs_spbe_read_changing_needs_spbe_manage_and_a_desa_operator_gets_nothing()
    {
        app.SkipIfUnavailable();
        var opd = app.Browser();
        await opd.SignInAsync("opd");
        Assert.Equal(HttpStatusCode.OK, (await opd.GetAsync("/api/v1/spbe/risks/contexts")).StatusCode);
        var refused = await opd.PostJson("/api/v1/spbe/risks/contexts", new { year = 2026, name = "X", categories = new[] { new { name = "Inovasi", appetite = 11 } } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.PutJson("/api/v1/spbe/risks/matrix", new { })).StatusCode);

        var desa = app.Browser();
        await desa.SignInAsync("desa");
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.GetAsync("/api/v1/spbe/risks/contexts")).StatusCode);
        var page = await desa.GetAsync("/spbe/risiko");
        Assert.True(page.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || page.Headers.Location?.OriginalString.Contains("/akses-ditolak", StringComparison.Ordinal) == true, page.StatusCode + " " + page.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/spbe/risks/contexts")).StatusCode);
    }

    [SkippableFact]
    public async Task A_risk_of_another_pemda_is_invisible()
    {
        app.SkipIfUnavailable();
        var other = "r" + Guid.NewGuid().ToString("N")[..8];
        var riskId = await app.WithSpbe(async db =>
        {
            var context = new RiskContext { Year = 2026, Name = "Pemda lain", Categories = [new() { Category = "Inovasi", Appetite = 11 }] };
            db.RiskContexts.Add(context);
            await db.SaveChangesAsync();
            var risk = new Risk { ContextId = context.Id, Number = 1, Category = "Inovasi", Event = "Rahasia Pemda lain", OwnerUnitId = 1, Likelihood = 3, Impact = 3 };
            db.Risks.Add(risk);
            await db.SaveChangesAsync();
            return risk.Id;
        }, other);

        var client = await Admin();
        var response = await client.GetAsync($"/api/v1/spbe/risks/{riskId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("risk_not_found", (await response.JsonAsync()).ProblemCode());
        Assert.DoesNotContain("Pemda lain", await (await client.GetAsync("/api/v1/spbe/risks/contexts")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutJson($"/api/v1/spbe/risks/{riskId}", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/spbe/risks/{riskId}")).StatusCode);
        Assert.True(await app.WithSpbe(db => db.Risks.AnyAsync(r => r.Id == riskId), other));
    }

    [SkippableFact]
    public async Task The_demo_register_has_six_risks_one_opportunity_and_one_overdue_treatment()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var contexts = await (await client.GetAsync("/api/v1/spbe/risks/contexts")).JsonAsync();
        var demo = contexts.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Pemerintah Kabupaten Banyuwangi" && c.GetProperty("year").GetInt32() == 2026);
        var register = await (await client.GetAsync($"/api/v1/spbe/risks/contexts/{demo.GetProperty("id").GetInt32()}")).JsonAsync();
        var risks = register.GetProperty("risks").EnumerateArray().ToList();
        Assert.Equal(6, risks.Count);
        Assert.Single(risks, r => r.GetProperty("kind").GetString() == "Positive");
        Assert.Single(risks.SelectMany(r => r.GetProperty("treatments").EnumerateArray()), t => t.GetProperty("overdue").GetBoolean());
        Assert.Contains(risks, r => !r.GetProperty("mustTreat").GetBoolean());
        Assert.Contains(risks, r => r.GetProperty("residual").ValueKind == JsonValueKind.Object);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RiskApiTestsOnSqlite(SqliteApp app) : RiskApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RiskApiTestsOnPostgres(PostgresApp app) : RiskApiTests(app);
