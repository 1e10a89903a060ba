using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Notifications;
using Pamong.Platform.Tenancy;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Notifications;

public abstract class MailboxHttpTests(PamongApp app)
{
    [SkippableTheory]
    [InlineData("/dev/kotak-surat")]
    [InlineData("/dev/kotak-surat/1")]
    public async Task The_mailbox_sends_an_anonymous_visitor_to_sign_in(string url)
    {
        app.SkipIfUnavailable();
        var response = await app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableFact]
    [Trait("Pending", "sign-in")]
    public async Task A_developer_reads_the_one_time_code_in_the_mailbox()
    {
        app.SkipIfUnavailable();
        OutboxMessage message;
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
            message = scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue(Channel.Sms, "081234567890", "", "Kode masuk Pamong: 731904");
            await scope.ServiceProvider.GetRequiredService<PamongDb>().SaveChangesAsync();
        }

        var client = app.Browser();
        await client.SignInAsync("admin");

        var waiting = await client.GetStringAsync("/dev/kotak-surat");
        Assert.Contains("Menunggu", waiting, StringComparison.Ordinal);
        Assert.Contains($"href=\"/dev/kotak-surat/{message.Id}\"", waiting, StringComparison.Ordinal);

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync("banyuwangi", default);
        var detail = await client.GetStringAsync($"/dev/kotak-surat/{message.Id}");
        Assert.Contains("Kode masuk Pamong: 731904", detail, StringComparison.Ordinal);
        Assert.Contains("Terkirim", detail, StringComparison.Ordinal);
        Assert.Contains("+6281234567890", System.Net.WebUtility.HtmlDecode(detail), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/kotak-surat/999999999")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MailboxHttpTestsOnSqlite(SqliteApp app) : MailboxHttpTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MailboxHttpTestsOnPostgres(PostgresApp app) : MailboxHttpTests(app);
