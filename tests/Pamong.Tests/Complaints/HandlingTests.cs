using System.Net;
using System.Net.Http.Json;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.Complaints.ComplaintTestSupport;

namespace Pamong.Tests.Complaints;

/// <summary>The SP4N-LAPOR steps: the liaison routes or rejects, the unit answers, the complainant closes; who may see and do what.</summary>
public abstract class HandlingTests(PamongApp app)
{
    [SkippableFact]
    public async Task The_liaison_routes_the_desa_answers_on_its_page_and_the_complainant_closes_it_satisfied()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var email = $"{Guid.NewGuid():N}@contoh.id";
        var code = await app.FileAsync(Kemiren, email: email);
        var id = await app.IdOfAsync(code);
        var admin = await app.SignedInAsync("admin");

        var routed = await admin.RouteAsync(id, simple: true);
        Assert.Equal(("inprogress", "2026-11-30"), (routed.GetProperty("status").GetString(), routed.GetProperty("answerDueOn").GetString())); // 5 working days

        var desa = await app.SignedInAsync("desa");
        var queue = await desa.GetStringAsync("/pengaduan/antrean");
        Assert.Contains(code, queue, StringComparison.Ordinal);
        var answer = await desa.PostFormAsync($"/pengaduan/{id}?handler=Answer", new() { ["Answer.Answer"] = "Lampu sudah diganti oleh petugas desa." }, $"/pengaduan/{id}");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("Jawaban terkirim", await desa.GetStringAsync($"/pengaduan/{id}"), StringComparison.Ordinal);

        var citizen = app.Browser();
        var tracking = await citizen.GetStringAsync($"/pengaduan/lacak?kode={code}");
        Assert.Contains("Lampu sudah diganti oleh petugas desa.", tracking, StringComparison.Ordinal);
        Assert.Contains("Dijawab oleh Desa Kemiren", tracking, StringComparison.Ordinal);
        Assert.DoesNotContain("Mohon ditindaklanjuti", tracking, StringComparison.Ordinal); // the routing note is for the unit
        var respond = await citizen.PostFormAsync("/pengaduan/lacak?handler=Respond", new() { ["kode"] = code, ["Reply.Satisfied"] = "true" }, $"/pengaduan/lacak?kode={code}");
        Assert.Equal(HttpStatusCode.Redirect, respond.StatusCode);

        var closed = await (await admin.GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync();
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(["filed", "routed", "answered", "satisfied"], closed.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(3, (await app.MessagesToAsync(email)).Count); // filed, routed, answered
        var audited = await app.WithDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AuditRecords, r => r.Subject == "Complaint" && r.SubjectId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited >= 4, $"{audited} audit records");
    }

    [SkippableFact]
    public async Task Re_routing_moves_the_complaint_out_of_the_old_units_reach()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var id = await app.IdOfAsync(await app.FileAsync(Kemiren));
        var admin = await app.SignedInAsync("admin");
        await admin.RouteAsync(id);
        var moved = await admin.RouteAsync(id, "DINSOS");
        Assert.Equal("DINSOS", moved.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("rerouted", moved.GetProperty("timeline").EnumerateArray().Last().GetProperty("action").GetString());

        var desa = await app.SignedInAsync("desa");
        Assert.Equal(HttpStatusCode.NotFound, (await desa.GetAsync($"/api/v1/complaints/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desa.PostAsJsonAsync($"/api/v1/complaints/{id}/answer", new { answer = "x" })).StatusCode);
        var opd = await app.SignedInAsync("opd");
        Assert.Equal("answered", (await opd.AnswerAsync(id)).GetProperty("status").GetString());

        var same = await admin.PostAsJsonAsync($"/api/v1/complaints/{id}/route", new { unitCode = "DINSOS" });
        Assert.Equal("complaint_not_routable", (await same.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Only_the_liaison_verifies_and_a_rejection_needs_a_reason_that_the_complainant_reads()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var code = await app.FileAsync(Kemiren);
        var id = await app.IdOfAsync(code);
        var desa = await app.SignedInAsync("desa");
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostAsJsonAsync($"/api/v1/complaints/{id}/route", new { })).StatusCode);
        var early = await desa.PostAsJsonAsync($"/api/v1/complaints/{id}/answer", new { answer = "Terlalu cepat." });
        Assert.Equal("complaint_not_answerable", (await early.JsonAsync()).ProblemCode());

        var admin = await app.SignedInAsync("admin");
        var noReason = await admin.PostAsJsonAsync($"/api/v1/complaints/{id}/reject", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotEmpty((await noReason.JsonAsync()).ErrorsOf("reason"));
        var page = await admin.PostFormAsync($"/pengaduan/{id}?handler=Reject", new() { ["Reject.Reason"] = "Permintaan informasi, bukan pengaduan." }, $"/pengaduan/{id}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);

        var tracked = await (await app.CreateClient().GetAsync($"/api/v1/complaints/track/{code}")).OkJsonAsync();
        Assert.Equal("rejected", tracked.GetProperty("status").GetString());
        Assert.Equal("Permintaan informasi, bukan pengaduan.", tracked.GetProperty("timeline").EnumerateArray().Last().GetProperty("text").GetString());
    }

    [SkippableFact]
    public async Task Operators_see_only_their_units_and_their_area_and_act_only_for_their_unit()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var admin = await app.SignedInAsync("admin");
        var village = await app.IdOfAsync(await app.FileAsync(Kemiren));
        var agency = await app.IdOfAsync(await app.FileAsync("DINSOS"));
        await admin.RouteAsync(village);
        await admin.RouteAsync(agency);

        var desa = await app.SignedInAsync("desa");
        var kecamatan = await app.SignedInAsync("kecamatan");
        var opd = await app.SignedInAsync("opd");
        var warga = await app.SignedInAsync("warga");

        Assert.Equal(HttpStatusCode.NotFound, (await desa.GetAsync($"/api/v1/complaints/{agency}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await opd.GetAsync($"/api/v1/complaints/{village}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await opd.GetAsync($"/pengaduan/{village}")).StatusCode);

        // The kecamatan sees its villages' complaints, read-only until one is escalated to it.
        var seen = await (await kecamatan.GetAsync($"/api/v1/complaints/{village}")).OkJsonAsync();
        Assert.False(seen.GetProperty("canAct").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await kecamatan.PostAsJsonAsync($"/api/v1/complaints/{village}/answer", new { answer = "x" })).StatusCode);
        Assert.Contains("unit lain", await kecamatan.GetStringAsync($"/pengaduan/{village}"), StringComparison.Ordinal);

        var desaList = await (await desa.GetAsync("/api/v1/complaints?status=all&pageSize=200")).OkJsonAsync();
        var units = desaList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unitCode").GetString()).Distinct().ToList();
        Assert.Equal([Kemiren], units);
        var opdList = await (await opd.GetAsync("/api/v1/complaints?status=all&pageSize=200")).OkJsonAsync();
        Assert.Equal(["DINSOS"], opdList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unitCode").GetString()).Distinct());

        Assert.Equal(HttpStatusCode.Forbidden, (await warga.GetAsync("/api/v1/complaints")).StatusCode);
        Assert.Contains("/akses-ditolak", (await warga.GetAsync("/pengaduan/antrean")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/complaints")).StatusCode);
    }

    [SkippableFact]
    public async Task A_confidential_complainant_is_hidden_from_the_unit_and_shown_to_the_liaison()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var name = Unique("Pelapor Rahasia");
        var id = await app.IdOfAsync(await app.FileAsync(Kemiren, confidential: true, name: name, email: "rahasia@contoh.id"));
        var admin = await app.SignedInAsync("admin");
        await admin.RouteAsync(id);

        var desa = await app.SignedInAsync("desa");
        var json = await (await desa.GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("complainant").ValueKind);
        var page = await desa.GetStringAsync($"/pengaduan/{id}");
        Assert.DoesNotContain(name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia@contoh.id", page, StringComparison.Ordinal);
        Assert.Contains("Dirahasiakan", page, StringComparison.Ordinal);

        var pimpinan = await app.SignedInAsync("pimpinan");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await (await pimpinan.GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync()).GetProperty("complainant").ValueKind);

        var seen = await (await admin.GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync();
        Assert.Equal(name, seen.GetProperty("complainant").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task Leaders_read_the_overview_per_unit_and_export_it_while_operators_cannot()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var pimpinan = await app.SignedInAsync("pimpinan");
        var before = await (await pimpinan.GetAsync("/api/v1/complaints/overview")).OkJsonAsync();
        await app.FileAsync("DINSOS");
        var after = await (await pimpinan.GetAsync("/api/v1/complaints/overview")).OkJsonAsync();
        Assert.Equal(before.GetProperty("total").GetProperty("total").GetInt32() + 1, after.GetProperty("total").GetProperty("total").GetInt32());
        Assert.Contains(after.GetProperty("units").EnumerateArray(), u => u.GetProperty("unitCode").GetString() == "DINSOS" && u.GetProperty("open").GetInt32() > 0);

        var page = await pimpinan.GetStringAsync("/pengaduan/ringkasan");
        Assert.Contains("Dinas Sosial", page, StringComparison.Ordinal);
        var csv = await pimpinan.GetAsync("/pengaduan/ringkasan?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("DINSOS", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var xlsx = await pimpinan.GetAsync("/api/v1/complaints/overview?format=xlsx");
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));

        var desa = await app.SignedInAsync("desa");
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.GetAsync("/api/v1/complaints/overview")).StatusCode);
        Assert.Contains("/akses-ditolak", (await desa.GetAsync("/pengaduan/ringkasan")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PostAsJsonAsync("/api/v1/complaints/1/route", new { })).StatusCode);
    }

    [SkippableFact]
    public async Task The_queue_filters_overdue_sorts_and_pages()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var admin = await app.SignedInAsync("admin");
        var title = Unique("Antrean");
        var code = await app.FileAsync("DINSOS", title);
        var page = await (await admin.GetAsync($"/api/v1/complaints?q={Uri.EscapeDataString(title)}")).OkJsonAsync();
        Assert.Equal(code, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("trackingCode").GetString());
        Assert.Equal(1, (await (await admin.GetAsync($"/api/v1/complaints?q={code}")).OkJsonAsync()).GetProperty("total").GetInt32());

        var paged = await (await admin.GetAsync("/api/v1/complaints?status=all&sort=-filed&pageSize=2&page=1")).OkJsonAsync();
        Assert.Equal(2, paged.GetProperty("items").GetArrayLength());
        Assert.True(paged.GetProperty("total").GetInt32() > 2);

        var overdue = await (await admin.GetAsync("/api/v1/complaints?overdue=true&pageSize=200")).OkJsonAsync();
        Assert.All(overdue.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("overdue").GetBoolean()));
        var html = await admin.GetStringAsync($"/pengaduan/antrean?q={Uri.EscapeDataString(title)}");
        Assert.Contains(code, html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HandlingTestsOnSqlite(SqliteApp app) : HandlingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HandlingTestsOnPostgres(PostgresApp app) : HandlingTests(app);
