using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Pamong.ServiceBench;

/// <summary>
/// Public tracking at a fixed arrival rate (open loop): request i is sent at start + i / rate whether or not
/// earlier ones have answered, so a slow server cannot slow the arrivals down (no coordinated omission).
/// The time of a request is measured from its scheduled start, so queueing in the client or server counts.
/// Numbers and NIKs are sampled from the generated history; each request is a real POST with its own pair.
/// </summary>
public static class TrackingLoad
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = args.Required("url");
        var rate = args.Number("rate", 1000);
        var seconds = args.Number("seconds", 30);
        var warmup = args.Number("warmup", 5);
        var method = args.Text("method", "POST");
        var path = args.Text("path", "/api/v1/applications/track");
        var body = args.Text("body", """{"number":"{number}","nik":"{nik}"}""");
        var pairs = await SampleAsync(args.Required("connection"), args.Number("sample", 20000));
        Console.WriteLine($"tracking: {pairs.Count} application numbers sampled; {rate}/s for {seconds} s after {warmup} s warm-up; {method} {path}");

        using var client = HttpClients.For(url, args.Number("connections", 256));
        await RunAtRateAsync(client, pairs, rate, warmup, method, path, body, new Latencies("warm-up"));
        var latencies = new Latencies("tracking");
        var wall = Stopwatch.StartNew();
        await RunAtRateAsync(client, pairs, rate, seconds, method, path, body, latencies);
        wall.Stop();
        if (args.Text("per-second", "false") == "true")
        {
            foreach (var second in latencies.PerSecond())
            {
                Console.WriteLine(second);
            }
        }

        Console.WriteLine(latencies.Summary());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tracking: achieved {latencies.Count / wall.Elapsed.TotalSeconds:0} requests/s (target {rate}/s)"));
        return 0;
    }

    /// <summary>
    /// Sends request i at start + i / rate from a dedicated pacing thread (not the thread pool, where the
    /// continuations of earlier responses would delay it), never before its time: at each wake-up it sends every
    /// request that is due, then sleeps about a millisecond. A request sent late still counts from its due time.
    /// </summary>
    private static async Task RunAtRateAsync(HttpClient client, List<(string Number, string Nik)> pairs, int rate, int seconds,
        string method, string path, string body, Latencies latencies)
    {
        var total = rate * seconds;
        var requests = pairs.Select(p => (Path: Fill(path, p.Number, p.Nik), Body: Encoding.UTF8.GetBytes(Fill(body, p.Number, p.Nik)))).ToArray();
        var httpMethod = new HttpMethod(method);
        var pending = total;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pacer = new Thread(() =>
        {
            var start = Stopwatch.GetTimestamp();
            var ticksPerRequest = (double)Stopwatch.Frequency / rate;
            var i = 0;
            while (i < total)
            {
                var now = Stopwatch.GetTimestamp();
                for (; i < total && start + (long)(i * ticksPerRequest) <= now; i++)
                {
                    var (requestPath, requestBody) = requests[i % requests.Length];
                    _ = SendAsync(client, httpMethod, requestPath, requestBody, start + (long)(i * ticksPerRequest), latencies)
                        .ContinueWith(_ => Done(), TaskScheduler.Default);
                }

                Thread.Sleep(1);
            }
        })
        { IsBackground = true, Name = "tracking pacer" };
        pacer.Start();
        await finished.Task;

        void Done()
        {
            if (Interlocked.Decrement(ref pending) == 0)
            {
                finished.SetResult();
            }
        }
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string path, byte[] body, long due, Latencies latencies)
    {
        try
        {
            using var request = new HttpRequestMessage(method, path);
            if (method != HttpMethod.Get)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (response.IsSuccessStatusCode)
            {
                latencies.Add(Stopwatch.GetElapsedTime(due), due);
            }
            else
            {
                latencies.Fail();
            }
        }
        catch (HttpRequestException)
        {
            latencies.Fail();
        }
        catch (TaskCanceledException)
        {
            latencies.Fail();
        }
    }

    private static string Fill(string template, string number, string nik) =>
        template.Replace("{number}", Uri.EscapeDataString(number), StringComparison.Ordinal).Replace("{nik}", nik, StringComparison.Ordinal);

    private static async Task<List<(string Number, string Nik)>> SampleAsync(string connectionString, int sample)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Number", "ApplicantNik" FROM "PublicServicesApplications" ORDER BY random() LIMIT @n""";
        command.Parameters.AddWithValue("n", sample);
        var pairs = new List<(string Number, string Nik)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        if (pairs.Count == 0)
        {
            throw new InvalidOperationException("No applications to track: run the generator first.");
        }

        return pairs;
    }
}
