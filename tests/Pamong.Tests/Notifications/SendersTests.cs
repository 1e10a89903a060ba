using System.Net;
using System.Text.Json;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using Pamong.Platform.Notifications;

namespace Pamong.Tests.Notifications;

public sealed class SendersTests
{
    private static OutboxMessage Message(Channel channel = Channel.Email, string to = "warga@example.id") => new()
    {
        Id = 42,
        TenantId = "banyuwangi",
        Channel = channel,
        Recipient = to,
        Subject = "Permohonan KTP diterima",
        Body = "Permohonan Anda nomor 12 telah diterima. Terima kasih.",
        CreatedAt = new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public async Task Smtp_sends_the_message_to_the_server()
    {
        using var server = new FakeSmtpServer();
        var sender = new SmtpSender(Options.Create(new NotificationOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, UseTls = false, From = "Pamong Banyuwangi <noreply@banyuwangikab.go.id>" },
        }));

        await sender.SendAsync(Message(), CancellationToken.None);
        await server.Session.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(server.Commands, c => c.StartsWith("MAIL FROM:<noreply@banyuwangikab.go.id>", StringComparison.Ordinal));
        Assert.Contains(server.Commands, c => c.StartsWith("RCPT TO:<warga@example.id>", StringComparison.Ordinal));
        Assert.Equal("Permohonan KTP diterima", server.Received!.Subject);
        Assert.Contains("nomor 12 telah diterima", server.Received.TextBody, StringComparison.Ordinal);
        Assert.Equal("outbox-42.banyuwangi@pamong", server.Received.MessageId);
    }

    [Fact]
    public async Task Smtp_refusal_is_an_error_the_dispatcher_retries()
    {
        using var server = new FakeSmtpServer(rejectRecipient: true);
        var sender = new SmtpSender(Options.Create(new NotificationOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, UseTls = false } }));
        await Assert.ThrowsAsync<SmtpCommandException>(() => sender.SendAsync(Message(), CancellationToken.None));
    }

    [Fact]
    public async Task Gateway_posts_to_channel_and_text_with_the_bearer_token()
    {
        var handler = new FakeHandler(HttpStatusCode.Accepted);
        var sender = Gateway(handler);

        await sender.SendAsync(Message(Channel.WhatsApp, "+6281234567890"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Post, "https://gateway.example.id/kirim"), (request.Method, request.Uri));
        Assert.Equal("Bearer rahasia", request.Authorization);
        var json = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(("+6281234567890", "whatsapp", "Permohonan Anda nomor 12 telah diterima. Terima kasih."),
            (json.GetProperty("to").GetString(), json.GetProperty("channel").GetString(), json.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Gateway_answer_other_than_2xx_is_a_failure_without_the_answer_body()
    {
        var sender = Gateway(new FakeHandler(HttpStatusCode.BadGateway, "nomor +6281234567890 tidak aktif"));
        var error = await Assert.ThrowsAsync<MessageNotSentException>(() => sender.SendAsync(Message(Channel.Sms, "+6281234567890"), CancellationToken.None));
        Assert.Equal("The gateway answered 502 Bad Gateway.", error.Message);
    }

    [Theory]
    [InlineData("folder", Channel.Email, "folder")]
    [InlineData("folder", Channel.Sms, "folder")]
    [InlineData("smtp,gateway", Channel.Email, "smtp")]
    [InlineData("smtp,gateway", Channel.WhatsApp, "gateway")]
    [InlineData("gateway, folder", Channel.Email, "folder")]
    [InlineData("smtp", Channel.Sms, null)]
    public void The_first_configured_sender_that_handles_the_channel_is_chosen(string configured, Channel channel, string? expected)
    {
        var options = Options.Create(new NotificationOptions { Channel = configured });
        var all = new IMessageSender[] { new FakeSender("folder"), new FakeSender("smtp", Channel.Email), new FakeSender("gateway", Channel.Sms, Channel.WhatsApp) };
        Assert.Equal(expected, new MessageSenders(all, options).For(channel)?.Name);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(30, 3600)]
    public void Retry_waits_double_after_each_failure_up_to_the_cap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new NotificationOptions().RetryDelay(failures));

    [Theory]
    [InlineData(Channel.Sms, "0812-3456-7890", "+6281234567890")]
    [InlineData(Channel.WhatsApp, "62 812 3456 7890", "+6281234567890")]
    [InlineData(Channel.Sms, "+6281234567890", "+6281234567890")]
    [InlineData(Channel.Sms, "12345", null)]
    [InlineData(Channel.Sms, "warga@example.id", null)]
    [InlineData(Channel.Email, "warga@example.id", "warga@example.id")]
    [InlineData(Channel.Email, "Budi <budi@example.id>", "Budi <budi@example.id>")]
    [InlineData(Channel.Email, "budi", null)]
    [InlineData(Channel.Email, "", null)]
    public void Recipients_are_checked_and_phone_numbers_normalised(Channel channel, string given, string? expected) =>
        Assert.Equal(expected, Recipient.Normalize(channel, given));

    [Theory]
    [InlineData("folder", null, null, true)]
    [InlineData("smtp,gateway", "mail.example.id", "https://gateway.example.id/kirim", true)]
    [InlineData("pos", null, null, false)]
    [InlineData("smtp", null, null, false)]
    [InlineData("gateway", null, null, false)]
    [InlineData(" , ", null, null, false)]
    public void Configuration_that_cannot_send_is_refused_at_start(string channel, string? smtpHost, string? gatewayUrl, bool valid)
    {
        var options = new NotificationOptions { Channel = channel, Smtp = new SmtpOptions { Host = smtpHost }, Gateway = new GatewayOptions { Url = gatewayUrl } };
        Assert.Equal(valid, new NotificationOptionsValidator().Validate(null, options).Succeeded);
    }

    private static GatewaySender Gateway(FakeHandler handler) => new(new FakeHttpClientFactory(handler), Options.Create(new NotificationOptions
    {
        Gateway = new GatewayOptions { Url = "https://gateway.example.id/kirim", Token = "rahasia" },
    }));

    private sealed class FakeHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class FakeHandler(HttpStatusCode status, string answer = "") : HttpMessageHandler
    {
        public List<(HttpMethod Method, string Uri, string? Authorization, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(),
                await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(status) { Content = new StringContent(answer) };
        }
    }
}
