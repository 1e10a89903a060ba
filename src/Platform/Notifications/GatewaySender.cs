using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Pamong.Platform.Notifications;

/// <summary>
/// Sends SMS and WhatsApp messages through an HTTP gateway (Notifications:Gateway):
/// <c>POST {Url}</c> with <c>{"to":"+62812...","channel":"sms"|"whatsapp","text":"..."}</c> and a bearer token;
/// any answer other than 2xx is a failure.
/// </summary>
public sealed class GatewaySender(IHttpClientFactory http, IOptions<NotificationOptions> options) : IMessageSender
{
    public const string SenderName = "gateway";
    public const string HttpClientName = "pamong-gateway";

    public string Name => SenderName;

    public bool Handles(Channel channel) => channel is Channel.Sms or Channel.WhatsApp;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var gateway = options.Value.Gateway;
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.Url)
        {
            Content = JsonContent.Create(new GatewayRequest(message.Recipient, message.Channel.ToString().ToLowerInvariant(), message.Body)),
        };
        if (!string.IsNullOrEmpty(gateway.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token);
        }

        using var client = http.CreateClient(HttpClientName);
        client.Timeout = TimeSpan.FromSeconds(gateway.TimeoutSeconds);
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            // The answer's body is not kept: gateways often echo the phone number and the text.
            throw new MessageNotSentException(string.Create(CultureInfo.InvariantCulture,
                $"The gateway answered {(int)response.StatusCode} {response.ReasonPhrase}."));
        }
    }

    private sealed record GatewayRequest(
        [property: System.Text.Json.Serialization.JsonPropertyName("to")] string To,
        [property: System.Text.Json.Serialization.JsonPropertyName("channel")] string Channel,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text);
}
