using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SpbeAssessment.SpbeTestSupport;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>Instruments as data: uploaded, checked, listed next to the shipped ones, used for periods and the index API.</summary>
public abstract class InstrumentAdministrationTests(PamongApp app)
{
    private static string NewId() => "uji-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Two domains (60/40), three aspects, five indicators; weights add up.</summary>
    private static JsonObject Definition(string id, decimal domainWeight = 60) => JsonNode.Parse($$"""
        {"id":"{{id}}","name":"Instrumen uji","regulation":"Rancangan 2026","validFrom":2026,
         "scales":{"policy":[{"level":1,"name":"Awal","requirement":"Ada konsep."},{"level":2,"name":"Dasar","requirement":"Ditetapkan."}]},
         "domains":[
           {"code":"D1","name":"Kebijakan","weight":{{domainWeight}},"aspects":[
             {"code":"A1","name":"Kebijakan internal","weight":60,"indicators":[
               {"code":"1","name":"Kebijakan data","weight":30,"kind":"policy"},
               {"code":"2","name":"Kebijakan aplikasi","weight":30,"kind":"policy","levels":[{"level":2,"requirement":"Aplikasi terdaftar."}]}]}]},
           {"code":"D2","name":"Layanan","weight":40,"aspects":[
             {"code":"A2","name":"Layanan internal","weight":20,"indicators":[{"code":"3","name":"Naskah dinas","weight":20,"kind":"service"}]},
             {"code":"A3","name":"Layanan publik","weight":20,"indicators":[
               {"code":"4","name":"Pengaduan","weight":10,"kind":"service"},{"code":"5","name":"Perizinan","weight":10,"kind":"service"}]}]}]}
        """)!.AsObject();

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [SkippableFact]
    public async Task An_uploaded_instrument_is_listed_shown_used_by_a_period_and_by_the_index_api()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var id = NewId();
        var created = await admin.PostAsync("/api/v1/spbe/instruments", Json(Definition(id).ToJsonString()));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await created.JsonAsync();
        Assert.Equal(5, body.GetProperty("instrument").GetProperty("indicators").GetInt32());
        Assert.Empty(body.GetProperty("warnings").EnumerateArray());

        var list = await (await admin.GetAsync("/api/v1/spbe/instruments")).JsonAsync();
        var ids = list.EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains("permenpanrb-59-2020", ids);
        Assert.Contains("permenpanrb-5-2018", ids);
        Assert.Contains(id, ids);

        var shown = await (await admin.GetAsync($"/api/v1/spbe/instruments/{id}")).JsonAsync();
        Assert.Equal(1, shown.GetProperty("version").GetInt32());
        Assert.False(shown.GetProperty("shipped").GetBoolean());

        // All at 2 except indicator 1 at 4: A1 = 3, D1 = 3, index = (60×3 + 40×2)/100 = 2.6 → Baik.
        var levels = new Dictionary<string, int> { ["1"] = 4, ["2"] = 2, ["3"] = 2, ["4"] = 2, ["5"] = 2 };
        var index = await (await app.CreateClient().PostAsJsonAsync("/api/v1/spbe/index", new { instrumentId = id, levels })).JsonAsync();
        Assert.Equal(2.6, index.GetProperty("index").GetDouble());
        Assert.Equal("Baik", index.GetProperty("predicate").GetString());

        var year = await admin.NewPeriodAsync(id);
        foreach (var (code, level) in levels)
        {
            await admin.FillAsync(year, code, level);
        }

        var period = await admin.PeriodAsync(year);
        Assert.Equal(2.6, period.GetProperty("period").GetProperty("index").GetDouble());
        var indicator = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/indicators/2")).JsonAsync();
        var level2 = indicator.GetProperty("levels")[1];
        Assert.Equal("Dasar", level2.GetProperty("name").GetString());              // from the scale
        Assert.Equal("Aplikasi terdaftar.", level2.GetProperty("requirement").GetString()); // the indicator's own wording

        var view = await admin.GetStringAsync($"/spbe/instrumen/{id}");
        Assert.Contains("Aplikasi terdaftar.", view, StringComparison.Ordinal);

        // Its structure is fixed while a period uses it; names may change.
        var changed = Definition(id);
        changed["domains"]![1]!["aspects"]![1]!["indicators"]!.AsArray().RemoveAt(1);
        var structure = await admin.PutAsync($"/api/v1/spbe/instruments/{id}", Json(changed.ToJsonString()));
        Assert.Equal(HttpStatusCode.Conflict, structure.StatusCode);
        Assert.Equal("instrument_in_use", (await structure.JsonAsync()).ProblemCode());
        var renamed = Definition(id);
        renamed["name"] = "Instrumen uji (revisi)";
        var put = await admin.PutAsync($"/api/v1/spbe/instruments/{id}", Json(renamed.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await (await admin.GetAsync($"/api/v1/spbe/instruments/{id}")).JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal("instrument_in_use", (await (await admin.DeleteAsync($"/api/v1/spbe/instruments/{id}")).JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Broken_definitions_are_refused_with_clear_indonesian_reasons_and_uneven_weights_only_warn()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");

        var notJson = await admin.PostAsync("/api/v1/spbe/instruments", Json("{\n  \"id\": \"x\",\n  \"domains\": [ oops ]\n}"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        var problem = await notJson.JsonAsync();
        Assert.Equal("instrument_invalid", problem.ProblemCode());
        Assert.Contains("baris 3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var broken = Definition("Bukan Id!");
        broken["name"] = "";
        broken["domains"]![0]!["aspects"]![0]!["indicators"]![1]!["code"] = "1";
        broken["domains"]![1]!["weight"] = 0;
        broken["domains"]![0]!["aspects"]![0]!["indicators"]![0]!["levels"] = new JsonArray(new JsonObject { ["level"] = 7 });
        var refused = await admin.PostAsync("/api/v1/spbe/instruments", Json(broken.ToJsonString()));
        var reasons = (await refused.JsonAsync()).ErrorsOf("definition");
        Assert.Contains(reasons, r => r.Contains("id instrumen", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("nama instrumen wajib diisi", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("kode indikator 1 dipakai lebih dari sekali", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("bobot domain D2 harus lebih dari 0", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("tingkat harus 1 sampai 5", StringComparison.Ordinal));

        var shipped = Definition("permenpanrb-59-2020");
        Assert.Equal("instrument_exists", (await (await admin.PostAsync("/api/v1/spbe/instruments", Json(shipped.ToJsonString()))).JsonAsync()).ProblemCode());
        Assert.Equal("instrument_shipped", (await (await admin.PutAsync("/api/v1/spbe/instruments/permenpanrb-59-2020", Json(shipped.ToJsonString()))).JsonAsync()).ProblemCode());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await admin.PostAsync("/api/v1/spbe/instruments", new StringContent(Definition(NewId()).ToJsonString(), Encoding.UTF8, "text/plain"))).StatusCode);

        var uneven = await admin.PostAsync("/api/v1/spbe/instruments", Json(Definition(NewId(), domainWeight: 50).ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, uneven.StatusCode);
        var warnings = (await uneven.JsonAsync()).GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("jumlah bobot domain 90, bukan 100", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("inspektur")).PostAsync("/api/v1/spbe/instruments", Json(Definition(NewId()).ToJsonString()))).StatusCode);
    }

    [SkippableFact]
    public async Task An_administrator_uploads_copies_and_edits_instruments_on_the_pages()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var bad = await admin.PostFormAsync("/spbe/instrumen/unggah", new() { ["Definition"] = "{\"id\":\"x\"}" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("instrumen tidak memiliki domain", html, StringComparison.Ordinal);

        var copyId = NewId();
        var copied = await admin.PostFormAsync("/spbe/instrumen/permenpanrb-59-2020?handler=Copy", new() { ["CopyId"] = copyId, ["CopyName"] = "Instrumen Pemda 2026" }, "/spbe/instrumen/permenpanrb-59-2020");
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        Assert.Equal($"/spbe/instrumen/{copyId}/ubah", copied.Headers.Location?.OriginalString);

        var form = await admin.GetStringAsync($"/spbe/instrumen/{copyId}/ubah");
        Assert.Contains("name=\"Weights[i-42]\"", form, StringComparison.Ordinal);
        var fields = new Dictionary<string, string> { ["Name"] = "Instrumen Pemda 2026", ["Weights[i-42]"] = "3,5", ["Names[i-42]"] = "Layanan Pengaduan (LAPOR!)" };
        var saved = await admin.PostFormAsync($"/spbe/instrumen/{copyId}/ubah", WithCurrentValues(form, fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var definition = await (await admin.GetAsync($"/api/v1/spbe/instruments/{copyId}")).JsonAsync();
        var a8 = definition.GetProperty("domains")[3].GetProperty("aspects")[1];
        Assert.Equal(3.5m, a8.GetProperty("indicators")[0].GetProperty("weight").GetDecimal());
        Assert.Equal("Layanan Pengaduan (LAPOR!)", a8.GetProperty("indicators")[0].GetProperty("name").GetString());
        Assert.Contains("18,5", await admin.GetStringAsync($"/spbe/instrumen/{copyId}"), StringComparison.Ordinal); // the warning names the new sum

        var levels = await admin.PostFormAsync($"/spbe/instrumen/{copyId}/indikator/12", new() { ["Requirements[4]"] = "Peta rencana dipantau tiap triwulan." });
        Assert.Equal(HttpStatusCode.Redirect, levels.StatusCode);
        var meaning = await (await app.CreateClient().PostAsJsonAsync("/api/v1/spbe/index", new { instrumentId = copyId, levels = Levels(_ => 3) })).JsonAsync();
        Assert.Equal(3, meaning.GetProperty("index").GetDouble());
        Assert.Contains("Peta rencana dipantau tiap triwulan.", await admin.GetStringAsync($"/spbe/instrumen/{copyId}"), StringComparison.Ordinal);
    }

    /// <summary>Every named input of the form with its current value (text inputs and textareas), overridden by <paramref name="changes"/>.</summary>
    private static Dictionary<string, string> WithCurrentValues(string form, Dictionary<string, string> changes)
    {
        var fields = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(form, "<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\""))
        {
            fields[System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(form, "<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>"))
        {
            fields[System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).Trim();
        }

        fields.Remove("__RequestVerificationToken");
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return fields;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InstrumentAdministrationTestsOnSqlite(SqliteApp app) : InstrumentAdministrationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InstrumentAdministrationTestsOnPostgres(PostgresApp app) : InstrumentAdministrationTests(app);
