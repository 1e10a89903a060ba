using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Pamong.Tests.Notifications;

/// <summary>A minimal SMTP server on a loopback port that accepts one session and keeps the message it received.</summary>
internal sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public FakeSmtpServer(bool rejectRecipient = false)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        Session = ServeAsync(rejectRecipient);
    }

    public int Port { get; }

    public List<string> Commands { get; } = [];

    public MimeMessage? Received { get; private set; }

    public Task Session { get; }

    private async Task ServeAsync(bool rejectRecipient)
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.example ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            Commands.Add(line);
            switch (line.Split(' ')[0].ToUpperInvariant())
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-fake.example");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "RCPT" when rejectRecipient:
                    await writer.WriteLineAsync("550 5.1.1 mailbox unavailable");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go ahead");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } body && body != ".")
                    {
                        data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                    }

                    Received = await MimeMessage.LoadAsync(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())));
                    await writer.WriteLineAsync("250 2.0.0 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public void Dispose() => _listener.Stop();
}
