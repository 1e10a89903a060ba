using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Notifications;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Accounts;

public abstract class RegistrationTests(PamongApp app)
{
    private const string Kemiren = "35.10.15.2004";
    private const string Olehsari = "35.10.15.2005";
    private const string Pakis = "35.10.16.1001";
    private const string CitizenPassword = "Gandrung Sewu Di Pantai";

    private static Dictionary<string, string> Form(string nik, string phone, string village = Kemiren, string? email = null) => new()
    {
        ["Nik"] = nik,
        ["KkNumber"] = TestAccounts.NewKk(),
        ["FullName"] = "Warga Uji " + nik[^4..],
        ["VillageCode"] = village,
        ["Phone"] = phone,
        ["Email"] = email ?? "",
        ["Password"] = CitizenPassword,
    };

    private static object Body(string nik, string? phone, string village = Kemiren, string? email = null, string? kk = null) => new
    {
        nik,
        kkNumber = kk ?? TestAccounts.NewKk(),
        fullName = "Warga Uji " + nik[^4..],
        villageCode = village,
        phone,
        email,
        password = CitizenPassword,
    };

    [SkippableFact]
    public async Task A_citizen_registers_confirms_the_code_from_the_outbox_and_then_signs_in_as_Warga_of_their_village()
    {
        app.SkipIfUnavailable();
        var nik = TestAccounts.NewNik();
        var (typed, stored) = TestAccounts.NewPhone();
        var client = app.Browser();
        Assert.Contains("Kemiren", await client.GetStringAsync("/daftar"), StringComparison.Ordinal);

        var registered = await client.PostFormAsync("/daftar", Form(nik, typed));
        Assert.Equal("/daftar/verifikasi", registered.Headers.Location?.OriginalString);
        var verifyPage = await client.GetStringAsync("/daftar/verifikasi");
        Assert.Contains("62812****", verifyPage, StringComparison.Ordinal);
        Assert.Contains($"value=\"{nik}\"", verifyPage, StringComparison.Ordinal);

        var message = await app.WithDb(db => db.OutboxMessages.Where(m => m.Recipient == stored).SingleAsync());
        Assert.Equal(Channel.Sms, message.Channel);
        var unconfirmed = await client.PostFormAsync("/masuk", new() { ["UserName"] = nik, ["Password"] = CitizenPassword });
        Assert.Contains("Akun belum dikonfirmasi", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var confirmed = await client.PostFormAsync("/daftar/verifikasi", new() { ["Nik"] = nik, ["Code"] = await app.LatestCodeAsync(stored) });
        Assert.Equal("/masuk", confirmed.Headers.Location?.OriginalString);
        Assert.Contains("Akun warga aktif", await client.GetStringAsync("/masuk"), StringComparison.Ordinal);

        var citizen = app.Browser();
        await citizen.SignInAsync(nik, CitizenPassword);
        var me = await (await citizen.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("citizen", me.GetProperty("kind").GetString());
        Assert.Equal($"Warga|{await KemirenUnitIdAsync()}|{Kemiren}", string.Join("|", me.GetProperty("grants")[0].GetProperty("role").GetString(), me.GetProperty("grants")[0].GetProperty("unitId").GetInt32(), me.GetProperty("grants")[0].GetProperty("regionCode").GetString()));
        var record = await app.WithDb(db => db.Citizens.SingleAsync(c => c.Nik == nik));
        Assert.Equal(Kemiren, record.VillageCode);
        Assert.Equal(new DateOnly(1990, 1, 1), record.BirthDate);
    }

    private Task<int> KemirenUnitIdAsync() => app.WithDb(db => db.OrganisationUnits.Where(u => u.Code == Kemiren).Select(u => u.Id).SingleAsync());

    [SkippableFact]
    public async Task The_code_is_stored_only_as_a_hash()
    {
        app.SkipIfUnavailable();
        var nik = TestAccounts.NewNik();
        var (_, stored) = TestAccounts.NewPhone();
        Assert.Equal(HttpStatusCode.Accepted, (await app.CreateClient().PostAsJsonAsync("/api/v1/registrations", Body(nik, stored))).StatusCode);
        var code = await app.LatestCodeAsync(stored);
        var registration = await app.WithDb(db => db.AccountRegistrations.SingleAsync(r => r.Nik == nik));
        Assert.DoesNotContain(code, registration.CodeHash, StringComparison.Ordinal);
        Assert.Equal(64, registration.CodeHash.Length);
        var audit = await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == "AccountRegistration" && r.SubjectId == registration.Id.ToString()).Select(r => r.After).ToListAsync());
        Assert.All(audit, a => Assert.DoesNotContain(code, a ?? "", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_invalid_nik_blocks_registration_listing_every_problem_in_the_api()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/registrations", Body("0010153213990000", "081234567890"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("nik_invalid", problem.GetProperty("code").GetString());
        var messages = problem.GetProperty("errors").GetProperty("nik").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("Kode provinsi pada NIK tidak boleh 00.", messages);
        Assert.Contains("Tanggal lahir pada NIK tidak valid.", messages);
        Assert.Contains("Nomor urut pada NIK tidak boleh 0000.", messages);
    }

    [SkippableFact]
    public async Task The_page_shows_nik_problems_next_to_the_field_and_keeps_what_was_typed()
    {
        app.SkipIfUnavailable();
        var form = Form("3510153213990001", "081234567890");
        var response = await app.Browser().PostFormAsync("/daftar", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Nik-error\">Tanggal lahir pada NIK tidak valid.", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{form["KkNumber"]}\"", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_nik_warning_does_not_block_and_is_shown_with_the_code_form()
    {
        app.SkipIfUnavailable();
        var nik = "351099" + TestAccounts.NewNik()[6..];
        var client = app.Browser();
        var registered = await client.PostFormAsync("/daftar", Form(nik, TestAccounts.NewPhone().Typed));
        Assert.Equal("/daftar/verifikasi", registered.Headers.Location?.OriginalString);
        Assert.Contains("Kode kecamatan 35.10.99 pada NIK tidak ditemukan", await client.GetStringAsync("/daftar/verifikasi"), StringComparison.Ordinal);

        var api = await (await app.CreateClient().PostAsJsonAsync("/api/v1/registrations", Body("351099" + TestAccounts.NewNik()[6..], TestAccounts.NewPhone().Stored))).JsonAsync();
        Assert.Equal("nik_district_unknown", api.GetProperty("warnings")[0].GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task A_nik_already_registered_in_the_pemda_is_refused_with_a_clear_error()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/registrations", Body("3510155705900001", "081234567890"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("nik_already_registered", problem.GetProperty("code").GetString());
        Assert.Contains("NIK ini sudah terdaftar", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Registration_needs_a_phone_or_an_email_and_a_password_outside_the_common_list()
    {
        app.SkipIfUnavailable();
        var client = app.CreateClient();
        var noContact = await client.PostAsJsonAsync("/api/v1/registrations", Body(TestAccounts.NewNik(), null));
        Assert.Equal("contact_required", await noContact.ProblemCodeAsync());
        var badPhone = await client.PostAsJsonAsync("/api/v1/registrations", Body(TestAccounts.NewNik(), "0333 123456"));
        Assert.Equal("phone_invalid", await badPhone.ProblemCodeAsync());

        var nik = TestAccounts.NewNik();
        var weak = await client.PostAsJsonAsync("/api/v1/registrations", new { nik, kkNumber = TestAccounts.NewKk(), fullName = "Warga", villageCode = Kemiren, email = "w@example.id", password = "sayangku2024" });
        Assert.Equal("password_too_common", await weak.ProblemCodeAsync());
        Assert.False(await app.WithDb(db => db.Users.AnyAsync(u => u.Nik == nik)));
    }

    [SkippableFact]
    public async Task A_village_outside_the_pemda_is_refused()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/registrations", Body(TestAccounts.NewNik(), "081234567890", village: "62.07.01.2005"));
        Assert.Equal("village_unknown", await response.ProblemCodeAsync());
    }

    [SkippableFact]
    public async Task The_code_goes_to_the_email_when_no_phone_is_given_and_confirms_the_email()
    {
        app.SkipIfUnavailable();
        var nik = TestAccounts.NewNik();
        var email = $"warga{nik[^4..]}@example.id";
        var client = app.CreateClient();
        var started = await (await client.PostAsJsonAsync("/api/v1/registrations", Body(nik, null, email: email))).JsonAsync();
        Assert.Equal("email", started.GetProperty("channel").GetString());
        Assert.Equal("w***@example.id", started.GetProperty("sentTo").GetString());

        var verified = await client.PostAsJsonAsync("/api/v1/registrations/verify", new { nik, code = await app.LatestCodeAsync(email) });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.True(await app.WithDb(db => db.Users.Where(u => u.Nik == nik).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [SkippableFact]
    public async Task Five_wrong_codes_use_up_the_attempts()
    {
        app.SkipIfUnavailable();
        var nik = TestAccounts.NewNik();
        var (_, stored) = TestAccounts.NewPhone();
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/v1/registrations", Body(nik, stored));
        var right = await app.LatestCodeAsync(stored);
        var wrong = right == "000000" ? "111111" : "000000";
        for (var i = 4; i >= 1; i--)
        {
            var answer = await (await client.PostAsJsonAsync("/api/v1/registrations/verify", new { nik, code = wrong })).JsonAsync();
            Assert.Equal("otp_invalid", answer.GetProperty("code").GetString());
            Assert.Contains($"Sisa percobaan: {i}", answer.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("otp_too_many_attempts", await (await client.PostAsJsonAsync("/api/v1/registrations/verify", new { nik, code = wrong })).ProblemCodeAsync());
        Assert.Equal("otp_too_many_attempts", await (await client.PostAsJsonAsync("/api/v1/registrations/verify", new { nik, code = right })).ProblemCodeAsync());
    }

    [SkippableFact]
    public async Task A_code_expires_after_ten_minutes_and_a_new_one_can_be_sent_after_the_cooldown()
    {
        app.SkipIfUnavailable();
        var nik = TestAccounts.NewNik();
        var (_, stored) = TestAccounts.NewPhone();
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/v1/registrations", Body(nik, stored));
        var first = await app.LatestCodeAsync(stored);

        var tooSoon = await client.PostAsJsonAsync("/api/v1/registrations/resend", new { nik });
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal("otp_resend_too_soon", await tooSoon.ProblemCodeAsync());

        var start = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Advance(TimeSpan.FromMinutes(11));
            Assert.Equal("otp_expired", await (await client.PostAsJsonAsync("/api/v1/registrations/verify", new { nik, code = first })).ProblemCodeAsync());
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/registrations/resend", new { nik })).StatusCode);
            var second = await app.LatestCodeAsync(stored);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/registrations/verify", new { nik, code = second })).StatusCode);
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task An_abandoned_registration_gives_way_once_its_code_expired()
    {
        app.SkipIfUnavailable();
        var nik = TestAccounts.NewNik();
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/v1/registrations", Body(nik, TestAccounts.NewPhone().Stored));
        Assert.Equal("registration_pending", await (await client.PostAsJsonAsync("/api/v1/registrations", Body(nik, TestAccounts.NewPhone().Stored))).ProblemCodeAsync());

        var start = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Advance(TimeSpan.FromMinutes(11));
            var (_, stored) = TestAccounts.NewPhone();
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/registrations", Body(nik, stored))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/registrations/verify", new { nik, code = await app.LatestCodeAsync(stored) })).StatusCode);
            Assert.Equal(1, await app.WithDb(db => db.Users.CountAsync(u => u.Nik == nik)));
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task A_desa_operator_registers_a_walk_in_citizen_of_their_village_and_the_audit_trail_says_assisted()
    {
        app.SkipIfUnavailable();
        var nik = TestAccounts.NewNik();
        var (typed, stored) = TestAccounts.NewPhone();
        var operatorClient = app.Browser();
        await operatorClient.SignInAsync("desa");
        var page = await operatorClient.GetStringAsync("/akun-warga/baru");
        Assert.Contains(Kemiren, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Olehsari, page, StringComparison.Ordinal);

        var registered = await operatorClient.PostFormAsync("/akun-warga/baru", Form(nik, typed));
        Assert.Equal("/daftar/verifikasi", registered.Headers.Location?.OriginalString);
        var confirmed = await operatorClient.PostFormAsync("/daftar/verifikasi", new() { ["Nik"] = nik, ["Code"] = await app.LatestCodeAsync(stored) });
        Assert.Equal("/akun-warga/baru", confirmed.Headers.Location?.OriginalString);

        var userId = await app.UserIdAsync(nik);
        var records = await app.WithDb(db => db.AuditRecords.Where(r => r.SubjectId == userId && r.Action.StartsWith("citizen-account")).OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal(["citizen-account-registered", "citizen-account-confirmed"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal("desa", r.ActorName));
        Assert.All(records, r => Assert.Contains("\"channel\":\"assisted\"", r.After, StringComparison.Ordinal));
        Assert.Equal("desa", await app.WithDb(db => db.AccountRegistrations.Where(r => r.Nik == nik).Select(r => r.RegisteredBy).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_desa_operator_cannot_register_a_citizen_of_another_village_through_the_page_or_the_api()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var nik = TestAccounts.NewNik();
        var page = await client.PostFormAsync("/akun-warga/baru", Form(nik, TestAccounts.NewPhone().Typed, village: Olehsari));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("di luar wilayah kerja Anda", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await client.PostAsJsonAsync("/api/v1/citizen-accounts", Body(nik, TestAccounts.NewPhone().Stored, village: Olehsari));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("outside_area", await api.ProblemCodeAsync());
        Assert.False(await app.WithDb(db => db.Users.AnyAsync(u => u.Nik == nik)));
    }

    [SkippableFact]
    public async Task A_kecamatan_operator_registers_in_every_village_of_Glagah_but_not_outside()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("kecamatan");
        foreach (var village in new[] { Kemiren, Olehsari })
        {
            var inside = await client.PostAsJsonAsync("/api/v1/citizen-accounts", Body(TestAccounts.NewNik(), TestAccounts.NewPhone().Stored, village: village));
            Assert.Equal(HttpStatusCode.Accepted, inside.StatusCode);
        }

        var outside = await client.PostAsJsonAsync("/api/v1/citizen-accounts", Body(TestAccounts.NewNik(), TestAccounts.NewPhone().Stored, village: Pakis));
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal("outside_area", await outside.ProblemCodeAsync());
    }

    [SkippableFact]
    public async Task Officers_without_the_permission_and_citizens_cannot_register_walk_ins()
    {
        app.SkipIfUnavailable();
        foreach (var user in new[] { "pimpinan", "warga" })
        {
            var client = app.Browser();
            await client.SignInAsync(user);
            var page = await client.GetAsync("/akun-warga/baru");
            Assert.Contains("/akses-ditolak", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
            var api = await client.PostAsJsonAsync("/api/v1/citizen-accounts", Body(TestAccounts.NewNik(), "081234567890"));
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        }

        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/v1/citizen-accounts", Body(TestAccounts.NewNik(), "081234567890"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("unauthenticated", await anonymous.ProblemCodeAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistrationTestsOnSqlite(SqliteApp app) : RegistrationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistrationTestsOnPostgres(PostgresApp app) : RegistrationTests(app);
