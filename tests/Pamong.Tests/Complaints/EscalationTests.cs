using System.Net;
using System.Net.Http.Json;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.Complaints.ComplaintTestSupport;

namespace Pamong.Tests.Complaints;

/// <summary>Deadlines on the Pemda's working days: late answers go up (desa → kecamatan → Pemda), unanswered answers close, holidays count.</summary>
public abstract class EscalationTests(PamongApp app)
{
    [SkippableFact]
    public async Task A_late_village_complaint_goes_to_the_kecamatan_and_then_to_the_pemda()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var email = $"{Guid.NewGuid():N}@contoh.id";
        var code = await app.FileAsync(Kemiren, email: email);
        var id = await app.IdOfAsync(code);
        var admin = await app.SignedInAsync("admin");
        await admin.RouteAsync(id); // due 11 December 2026 (14 working days)
        var kecamatanNotices = (await app.MessagesToAsync("kecamatan@demo.pamong.local")).Count;
        var start = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Set(new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.Zero));
            // Sign-ins expire on the moved clock: sign in again after each move.
            Assert.Equal(0, (await (await (await app.SignedInAsync("kecamatan")).GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync()).GetProperty("escalationLevel").GetInt32()); // due today, not late yet

            app.Clock.Set(new DateTimeOffset(2026, 12, 14, 1, 0, 0, TimeSpan.Zero)); // Monday, the day after the deadline (WIB)
            var up = await (await (await app.SignedInAsync("kecamatan")).GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync();
            Assert.Equal(("Kecamatan Glagah", 1, true, "2026-12-21"), (up.GetProperty("escalatedTo").GetProperty("name").GetString(),
                up.GetProperty("escalationLevel").GetInt32(), up.GetProperty("canAct").GetBoolean(), up.GetProperty("answerDueOn").GetString()));
            var escalated = up.GetProperty("timeline").EnumerateArray().Last();
            Assert.Equal("escalated", escalated.GetProperty("action").GetString());
            Assert.Contains("11 Desember 2026", escalated.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains((await app.MessagesToAsync("kecamatan@demo.pamong.local")).Skip(kecamatanNotices), m => m.Subject.Contains(code, StringComparison.Ordinal));
            Assert.Contains(await app.MessagesToAsync(email), m => m.Body.Contains("Kecamatan Glagah", StringComparison.Ordinal));
            Assert.Contains("Dinaikkan ke Kecamatan Glagah", await app.CreateClient().GetStringAsync($"/pengaduan/lacak?kode={code}"), StringComparison.Ordinal);

            app.Clock.Set(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero));
            var top = await (await (await app.SignedInAsync("pimpinan")).GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync();
            Assert.Equal((2, "Pemerintah Kabupaten Banyuwangi"), (top.GetProperty("escalationLevel").GetInt32(), top.GetProperty("escalatedTo").GetProperty("name").GetString()));
            Assert.False(top.GetProperty("canAct").GetBoolean());

            // At the top it stays overdue (and highlighted) without going further.
            app.Clock.Set(new DateTimeOffset(2027, 1, 15, 1, 0, 0, TimeSpan.Zero));
            var liaison = await app.SignedInAsync("admin");
            var still = await (await liaison.GetAsync($"/api/v1/complaints/{id}")).OkJsonAsync();
            Assert.Equal((2, true), (still.GetProperty("escalationLevel").GetInt32(), still.GetProperty("overdue").GetBoolean()));
            Assert.Equal("answered", (await liaison.AnswerAsync(id, "Dijawab oleh admin pengelola.")).GetProperty("status").GetString());
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task A_complainant_not_satisfied_reopens_the_complaint_one_level_up_and_silence_closes_it()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var code = await app.FileAsync(Kemiren);
        var id = await app.IdOfAsync(code);
        var admin = await app.SignedInAsync("admin");
        var desa = await app.SignedInAsync("desa");
        var kecamatan = await app.SignedInAsync("kecamatan");
        await admin.RouteAsync(id);
        await desa.AnswerAsync(id);

        var citizen = app.CreateClient();
        var noComment = await citizen.PostAsJsonAsync($"/api/v1/complaints/track/{code}/response", new { satisfied = false });
        Assert.Equal("complaint_response_invalid", (await noComment.JsonAsync()).ProblemCode());
        var reopened = await (await citizen.PostAsJsonAsync($"/api/v1/complaints/track/{code}/response", new { satisfied = false, comment = "Lampu masih padam." })).OkJsonAsync();
        Assert.Equal(("inprogress", "Kecamatan Glagah"), (reopened.GetProperty("status").GetString(), reopened.GetProperty("escalatedTo").GetString()));
        Assert.Equal(["filed", "routed", "answered", "not_satisfied", "escalated"], reopened.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));

        await kecamatan.AnswerAsync(id, "Lampu diganti oleh kecamatan.");
        var start = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Advance(TimeSpan.FromDays(11));
            var closed = await (await citizen.GetAsync($"/api/v1/complaints/track/{code}")).OkJsonAsync();
            Assert.Equal(("closed", "closed_unanswered"), (closed.GetProperty("status").GetString(), closed.GetProperty("timeline").EnumerateArray().Last().GetProperty("action").GetString()));
            var late = await citizen.PostAsJsonAsync($"/api/v1/complaints/track/{code}/response", new { satisfied = true });
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task Deadlines_skip_weekends_and_the_holidays_the_liaison_sets()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var admin = await app.SignedInAsync("admin");
        try
        {
            var bad = await admin.PutAsJsonAsync("/api/v1/complaints/settings", new { verifyWorkingDays = 0, answerWorkingDays = 14, simpleAnswerWorkingDays = 5, respondDays = 10, escalatedAnswerWorkingDays = 5, filingsPerHour = 1, trackingsPerMinute = 1 });
            Assert.Equal("complaint_settings_invalid", (await bad.JsonAsync()).ProblemCode());

            // Tuesday 24 and Wednesday 25 November off: 3 working days from Monday 23 November end on Monday 30 November.
            await admin.SaveSettingsAsync(holidays: [new { date = "2026-11-24", name = "Libur uji" }, new { date = "2026-11-25", name = "Cuti bersama uji" }]);
            var code = await app.FileAsync("DINSOS");
            var tracked = await (await app.CreateClient().GetAsync($"/api/v1/complaints/track/{code}")).OkJsonAsync();
            Assert.Equal("2026-11-30", tracked.GetProperty("dueOn").GetString());

            var page = await admin.GetStringAsync("/pengaduan/pengaturan");
            Assert.Contains("2026-11-24 Libur uji", page, StringComparison.Ordinal);
            var wrong = await admin.PostFormAsync("/pengaduan/pengaturan", new()
            {
                ["Input.VerifyWorkingDays"] = "3",
                ["Input.AnswerWorkingDays"] = "14",
                ["Input.SimpleAnswerWorkingDays"] = "5",
                ["Input.RespondDays"] = "10",
                ["Input.EscalatedAnswerWorkingDays"] = "5",
                ["Input.FilingsPerHour"] = "100000",
                ["Input.TrackingsPerMinute"] = "100000",
                ["HolidayLines"] = "25-12-2026 Natal",
            });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Baris 1", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await admin.SaveSettingsAsync();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EscalationTestsOnSqlite(SqliteApp app) : EscalationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EscalationTestsOnPostgres(PostgresApp app) : EscalationTests(app);
