using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pamong.ServiceBench;

/// <summary>
/// Applications per second end to end through the API: each worker submits an application as the demo
/// citizen (warga, Desa Kemiren) to the benchmark service (two steps: desa verification, kecamatan approval;
/// created by <c>generate</c>), then approves it as the desa operator and as the kecamatan operator, which
/// completes it. Only completed applications count. Compared with pgbench's transactions per second.
/// </summary>
public static class SubmitAndProcess
{
    public const string ServiceCode = "bench-submit";

    public static async Task<int> RunAsync(Arguments args)
    {
        var url = args.Required("url");
        var seconds = args.Number("seconds", 30);
        var workers = args.Number("workers", 16);
        var pgbench = args.Fraction("pgbench-tps", 0);
        using var citizen = await Session.ClientAsync(url, "warga", workers);
        using var desa = await Session.ClientAsync(url, "desa", workers);
        using var kecamatan = await Session.ClientAsync(url, "kecamatan", workers);
        var submit = new Latencies("submit");
        var verify = new Latencies("approve (desa)");
        var approve = new Latencies("approve (kecamatan)");

        // Warm-up: one application through every step, then the same load as measured for --warmup seconds (reported on
        // its own line), so that the timed run measures the app after the JIT's tier-up, as the tracking run does.
        await OneAsync(citizen, desa, kecamatan, new Latencies("-"), new Latencies("-"), new Latencies("-"), CancellationToken.None);
        var warmup = args.Number("warmup", 15);
        var warm = await RunForAsync(citizen, desa, kecamatan, workers, warmup, new Latencies("-"), new Latencies("-"), new Latencies("-"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"submit-and-process warm-up: {warm.Completed} applications in {warmup} s = {warm.Completed / warm.Wall.TotalSeconds:0.0}/s (not counted)"));
        var (completed, elapsed) = await RunForAsync(citizen, desa, kecamatan, workers, seconds, submit, verify, approve);
        var rate = completed / elapsed.TotalSeconds;
        Console.WriteLine(submit.Summary());
        Console.WriteLine(verify.Summary());
        Console.WriteLine(approve.Summary());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"submit-and-process: {completed} applications completed in {elapsed.TotalSeconds:0.0} s with {workers} workers = {rate:0.0} applications/s ({rate * 3:0.0} API writes/s)"));
        if (pgbench > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"submit-and-process: {rate / pgbench * 100:0.0} % of pgbench's {pgbench:0} tps (target >= 40 %)"));
        }

        return 0;
    }

    /// <summary>Every worker runs applications through all steps until the time is up; completed ones are counted.</summary>
    private static async Task<(int Completed, TimeSpan Wall)> RunForAsync(HttpClient citizen, HttpClient desa, HttpClient kecamatan, int workers, int seconds,
        Latencies submit, Latencies verify, Latencies approve)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var completed = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (await OneAsync(citizen, desa, kecamatan, submit, verify, approve, stop.Token))
                {
                    Interlocked.Increment(ref completed);
                }
            }
        }));
        return (completed, wall.Elapsed);
    }

    private static async Task<bool> OneAsync(HttpClient citizen, HttpClient desa, HttpClient kecamatan, Latencies submit, Latencies verify, Latencies approve, CancellationToken ct)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var submitted = await citizen.PostAsJsonAsync($"/api/v1/services/{ServiceCode}/applications", new { answers = new Dictionary<string, string>(), files = Array.Empty<object>() }, ct);
            if (submitted.StatusCode != HttpStatusCode.Created)
            {
                submit.Fail();
                await Report("submit", submitted);
                return false;
            }

            submit.Add(Stopwatch.GetElapsedTime(started));
            var number = (await submitted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("number").GetString()!;
            foreach (var (client, latencies) in new[] { (desa, verify), (kecamatan, approve) })
            {
                started = Stopwatch.GetTimestamp();
                using var decided = await client.PostAsync($"/api/v1/applications/{Uri.EscapeDataString(number)}/approve", null, ct);
                if (!decided.IsSuccessStatusCode)
                {
                    latencies.Fail();
                    await Report("approve", decided);
                    return false;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started));
                if (client == kecamatan)
                {
                    return (await decided.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("status").GetString() == "Completed";
                }
            }

            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static int _reported;

    private static async Task Report(string what, HttpResponseMessage response)
    {
        if (Interlocked.Increment(ref _reported) <= 3)
        {
            Console.WriteLine($"  {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
