using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Pamong.SocialProtection.Registry;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosPrograms;

namespace Pamong.Tests.SocialProtection.Transparency;

/// <summary>The public village page masks recipients as the Pemda configures; Cek Bansos answers only a matching NIK and name, within a rate limit.</summary>
public abstract class TransparencyAndCekTests(PamongApp app)
{
    private const string Glagah = "35.10.15.2006";

    [SkippableFact]
    public async Task The_village_page_shows_masked_recipients_and_totals_without_sign_in()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(maxDecile: 2);
        var nik = NewNik();
        await app.HouseholdAsync(Glagah, 1, members: [new(nik, "Suparman Hadi", Relationship.Head, new(1970, 1, 1)), new(NewNik(), "Wati", Relationship.Child, new(2013, 1, 1))]);
        await dinsos.ApproveAsync((await dinsos.RunAsync(program)).GetProperty("id").GetInt32());

        var anonymous = app.CreateClient();
        var page = await anonymous.GetStringAsync($"/perlinsos/transparansi/{Glagah}");
        Assert.Contains("S******* H***", page, StringComparison.Ordinal);
        Assert.Contains($"{nik[..4]}********{nik[^4..]}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Suparman", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1 Januari 1970", page, StringComparison.Ordinal);
        Assert.Contains("Bantuan " + program, page, StringComparison.Ordinal);

        try
        {
            Assert.Equal(HttpStatusCode.OK, (await dinsos.PutAsJsonAsync("/api/v1/perlinsos/masking", new { numberKeepStart = 6, numberKeepEnd = 2, nameKeepLetters = 2, showRtRw = false })).StatusCode);
            var json = await (await anonymous.GetAsync($"/api/v1/perlinsos/transparansi/{Glagah}")).JsonAsync();
            var recipient = json.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("code").GetString() == program).GetProperty("recipients").EnumerateArray().Single(r => r.GetProperty("nik").GetString() == $"{nik[..6]}********{nik[^2..]}");
            Assert.Equal("Su****** Ha**", recipient.GetProperty("name").GetString());
            Assert.Equal($"{nik[..6]}********{nik[^2..]}", recipient.GetProperty("nik").GetString());
            Assert.Equal("", recipient.GetProperty("rt").GetString());
            Assert.Equal("masking_invalid", (await (await dinsos.PutAsJsonAsync("/api/v1/perlinsos/masking", new { numberKeepStart = 9, numberKeepEnd = 9, nameKeepLetters = 1, showRtRw = true })).JsonAsync()).ProblemCode());
        }
        finally
        {
            await dinsos.PutAsJsonAsync("/api/v1/perlinsos/masking", new { numberKeepStart = 4, numberKeepEnd = 4, nameKeepLetters = 1, showRtRw = true });
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/perlinsos/transparansi/31.71.01.1001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/perlinsos/transparansi/35.10.15")).StatusCode);
    }

    [SkippableFact]
    public async Task Cek_bansos_answers_the_right_name_and_says_the_same_for_a_wrong_name_as_for_an_unknown_nik()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(maxDecile: 3);
        var nik = NewNik();
        await app.HouseholdAsync(Glagah, 5, members: [new(nik, "Endang Sulistyowati", Relationship.Head, new(1975, 4, 1)), new(NewNik(), "Rini", Relationship.Child, new(2012, 1, 1))]);
        await dinsos.ApproveAsync((await dinsos.RunAsync(program)).GetProperty("id").GetInt32());

        var anonymous = app.CreateClient();
        var right = await anonymous.PostAsJsonAsync("/api/v1/perlinsos/cek", new { nik, nama = "  endang   SULISTYOWATI " });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var line = (await right.JsonAsync()).GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("program").GetString() == "Bantuan " + program);
        Assert.Equal("NotEligible", line.GetProperty("status").GetString());
        Assert.Equal($"Tidak termasuk karena desil kesejahteraan 5 di atas batas 3 untuk Bantuan {program}", line.GetProperty("reason").GetString());
        Assert.StartsWith("Tidak setuju? Ajukan sanggah sampai ", line.GetProperty("howToAppeal").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(nik, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var byGet = await anonymous.GetAsync($"/api/v1/perlinsos/cek?nik={nik}&nama=Endang%20Sulistyowati");
        Assert.Equal(HttpStatusCode.OK, byGet.StatusCode);

        var wrongName = await anonymous.PostAsJsonAsync("/api/v1/perlinsos/cek", new { nik, nama = "Endang Susilowati" });
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/perlinsos/cek", new { nik = "3510019999990001", nama = "Endang Susilowati" });
        Assert.Equal(HttpStatusCode.NotFound, wrongName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("cek_not_found", (await wrongName.JsonAsync()).ProblemCode());
        Assert.Equal((await wrongName.JsonAsync()).GetProperty("detail").GetString(), (await unknown.JsonAsync()).GetProperty("detail").GetString());
        var malformed = await anonymous.PostAsJsonAsync("/api/v1/perlinsos/cek", new { nik = "12345", nama = "" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var form = await anonymous.PostFormAsync("/cek-bansos", new() { ["Nik"] = nik, ["Nama"] = "Endang Sulistyowati" });
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains($"desil kesejahteraan 5 di atas batas 3 untuk Bantuan {program}", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Cek_bansos_limits_each_client_address()
    {
        app.SkipIfUnavailable();
        var address = System.Net.IPAddress.Parse($"10.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}");
        var statuses = new List<int>();
        for (var i = 0; i < 25; i++)
        {
            var context = await app.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = "/api/v1/perlinsos/cek";
                c.Request.QueryString = new QueryString("?nik=3510010101900001&nama=Siapa%20Saja");
                c.Connection.RemoteIpAddress = address;
            });
            statuses.Add(context.Response.StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == StatusCodes.Status404NotFound));
        Assert.Equal(5, statuses.Count(s => s == StatusCodes.Status429TooManyRequests));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TransparencyAndCekTestsOnSqlite(SqliteApp app) : TransparencyAndCekTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TransparencyAndCekTestsOnPostgres(PostgresApp app) : TransparencyAndCekTests(app);
