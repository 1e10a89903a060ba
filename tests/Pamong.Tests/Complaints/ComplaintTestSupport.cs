using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Complaints;

/// <summary>Shared steps of the complaint tests: signed-in clients, filing and routing through the API, the outbox.</summary>
internal static class ComplaintTestSupport
{
    public const string Kemiren = "35.10.15.2004";
    public const string Glagah = "35.10.15";

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<PamongApp> Prepared = [];

    public static async Task<HttpClient> SignedInAsync(this PamongApp app, string user)
    {
        var client = app.Browser();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>Every test shares one client address: lift the filing limit once per app (the rate-limit tests set their own).</summary>
    public static async Task PrepareAsync(this PamongApp app)
    {
        await Once.WaitAsync();
        try
        {
            if (Prepared.Add(app))
            {
                var admin = await app.SignedInAsync("admin");
                await admin.SaveSettingsAsync(filingsPerHour: 100_000, trackingsPerMinute: 100_000);
            }
        }
        finally
        {
            Once.Release();
        }
    }

    public static async Task SaveSettingsAsync(this HttpClient admin, int filingsPerHour = 100_000, int trackingsPerMinute = 100_000, object[]? holidays = null)
    {
        var response = await admin.PutAsJsonAsync("/api/v1/complaints/settings", new
        {
            verifyWorkingDays = 3,
            answerWorkingDays = 14,
            simpleAnswerWorkingDays = 5,
            respondDays = 10,
            escalatedAnswerWorkingDays = 5,
            filingsPerHour,
            trackingsPerMinute,
            holidays = holidays ?? [],
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Files a complaint through the public API (no sign-in); returns the tracking code.</summary>
    public static async Task<string> FileAsync(this PamongApp app, string unitCode, string? title = null, bool anonymous = false, bool confidential = false,
        string? name = "Warga Uji", string? email = null, object[]? attachments = null)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/complaints", new
        {
            title = title ?? Unique("Keluhan"),
            description = "Uraian keluhan untuk pengujian.",
            category = "pelayanan",
            unitCode,
            anonymous,
            confidential,
            name = anonymous ? null : name,
            email,
            attachments = attachments ?? [],
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("trackingCode").GetString()!;
    }

    public static Task<int> IdOfAsync(this PamongApp app, string code) =>
        app.WithComplaints(db => db.Complaints.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync());

    public static async Task<T> WithComplaints<T>(this PamongApp app, Func<Pamong.Complaints.Data.ComplaintsDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Pamong.Platform.Tenancy.CurrentTenant>().Set("banyuwangi");
        return await work(scope.ServiceProvider.GetRequiredService<Pamong.Complaints.Data.ComplaintsDb>());
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> RouteAsync(this HttpClient admin, int id, string? unitCode = null, bool simple = false) =>
        await (await admin.PostAsJsonAsync($"/api/v1/complaints/{id}/route", new { unitCode, simple, note = "Mohon ditindaklanjuti." })).OkJsonAsync();

    public static async Task<JsonElement> AnswerAsync(this HttpClient officer, int id, string answer = "Sudah kami perbaiki.") =>
        await (await officer.PostAsJsonAsync($"/api/v1/complaints/{id}/answer", new { answer })).OkJsonAsync();

    /// <summary>The outbox messages to a recipient, oldest first.</summary>
    public static Task<List<Pamong.Platform.Notifications.OutboxMessage>> MessagesToAsync(this PamongApp app, string recipient) =>
        app.WithDb(db => db.OutboxMessages.Where(m => m.Recipient == recipient).OrderBy(m => m.Id).ToListAsync());
}
