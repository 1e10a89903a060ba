using System.Net;

namespace Pamong.ServiceBench;

/// <summary>One pooled client with many connections to the app under test.</summary>
public static class HttpClients
{
    public static HttpClient For(string baseUrl, int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
}
