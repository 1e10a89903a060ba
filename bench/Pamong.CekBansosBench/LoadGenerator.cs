using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;

namespace Pamong.CekBansosBench;

/// <summary>
/// Many concurrent keep-alive connections asking GET /api/v1/perlinsos/cek for the sample's NIK and name pairs for a
/// number of seconds (after a 5 s warm-up); prints lookups per second, p50/p95/p99 latency and the status counts.
/// The generator shares the machine with the app, so it is kept cheap: the request URIs are built once, the handler
/// does no proxy, cookie, redirect or trace-header work, each worker drains the body into one reused buffer and
/// records latencies into a preallocated array. Every request is still a real HTTP request for a lookup picked at
/// random, and its whole body is read.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<int> RunAsync(Uri baseUrl, string samplePath, int concurrency, int seconds)
    {
        var sample = (await File.ReadAllLinesAsync(samplePath)).Select(l => l.Split('\t')).Select(p =>
            new Uri(baseUrl, $"/api/v1/perlinsos/cek?nik={p[0]}&nama={Uri.EscapeDataString(p[1])}")).ToArray();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ActivityHeadersPropagator = null,
        });
        await RunFor(client, sample, concurrency, TimeSpan.FromSeconds(5));
        var watch = Stopwatch.StartNew();
        var workers = await RunFor(client, sample, concurrency, TimeSpan.FromSeconds(seconds));
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = workers.SelectMany(w => w.Latencies()).Order().ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        Console.WriteLine($"{all.Length:N0} lookups in {elapsed:F1} s with {concurrency} connections: {all.Length / elapsed:N0}/s");
        Console.WriteLine($"latency ms: p50 {P(0.50):F2}  p95 {P(0.95):F2}  p99 {P(0.99):F2}  max {all.LastOrDefault():F2}");
        foreach (var (status, count) in workers.SelectMany(w => w.Statuses).GroupBy(s => s.Key).Select(g => (g.Key, g.Sum(x => x.Value))))
        {
            Console.WriteLine($"  {(int)status} {status}: {count:N0}");
        }

        return 0;
    }

    private static async Task<Worker[]> RunFor(HttpClient client, Uri[] sample, int concurrency, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(i => new Worker(i, (int)(duration.TotalSeconds * 20_000 / concurrency) + 1024)).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(client, sample, until))));
        return workers;
    }

    /// <summary>One connection's loop: its own random sequence, body buffer and latency record.</summary>
    private sealed class Worker(int seed, int capacity)
    {
        private readonly Random _random = new(seed);
        private readonly byte[] _body = new byte[16 * 1024];
        private long[] _ticks = new long[capacity];
        private int _count;

        public Dictionary<HttpStatusCode, int> Statuses { get; } = [];

        public async Task RunAsync(HttpClient client, Uri[] sample, long until)
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                using (var request = new HttpRequestMessage(HttpMethod.Get, sample[_random.Next(sample.Length)]))
                using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
                {
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(_body) > 0)
                    {
                    }

                    CollectionsMarshal.GetValueRefOrAddDefault(Statuses, response.StatusCode, out _)++;
                }

                if (_count == _ticks.Length)
                {
                    Array.Resize(ref _ticks, _ticks.Length * 2);
                }

                _ticks[_count++] = Stopwatch.GetTimestamp() - started;
            }
        }

        public IEnumerable<double> Latencies() => _ticks.Take(_count).Select(t => t * 1000.0 / Stopwatch.Frequency);
    }
}
