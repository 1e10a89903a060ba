using System.Diagnostics;
using System.Globalization;

namespace Pamong.ServiceBench;

/// <summary>
/// Every dashboard (page and API) of the public-services module, timed one request at a time, as the leader
/// and as unit operators; each is warmed up once, then requested <c>--repeat</c> times.
/// </summary>
public static class DashboardTimings
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = args.Required("url");
        var repeat = args.Number("repeat", 5);
        var year = args.Text("year", "2026");
        var from = $"{int.Parse(year, CultureInfo.InvariantCulture) - 1}-01-01";
        var to = $"{year}-12-31";
        var period = $"from={from}&to={to}";
        var targets = new (string User, string Path)[]
        {
            ("", $"/layanan/statistik?{period}"),
            ("", $"/api/v1/services/statistics/public?{period}"),
            ("", $"/layanan/ikm?unit=35.10.15.2004&{period}"),
            ("", $"/api/v1/ikm?unit=35.10.15.2004&{period}"),
            ("pimpinan", $"/api/v1/services/statistics?by=service&{period}"),
            ("pimpinan", $"/api/v1/services/statistics?by=opd&{period}"),
            ("pimpinan", $"/api/v1/services/statistics?by=kecamatan&{period}"),
            ("pimpinan", $"/api/v1/services/statistics?by=desa&{period}"),
            ("pimpinan", $"/layanan/dasbor?by=desa&{period}"),
            ("pimpinan", $"/layanan/dasbor?by=service&{period}"),
            ("pimpinan", $"/layanan/ikm/laporan?unit=DISPENDUKCAPIL&{period}"),
            ("kecamatan", $"/api/v1/services/statistics?by=desa&{period}"),
            ("kecamatan", $"/layanan/dasbor?by=desa&{period}"),
            ("desa", $"/api/v1/services/statistics?by=service&{period}"),
            ("opd", $"/api/v1/services/statistics?by=service&{period}"),
        };

        var clients = new Dictionary<string, HttpClient>();
        var failed = 0;
        Console.WriteLine($"{"as",-10} {"request",-80} {"median",8} {"max",8}");
        foreach (var (user, path) in targets)
        {
            if (!clients.TryGetValue(user, out var client))
            {
                client = clients[user] = await Session.ClientAsync(url, user.Length > 0 ? user : null, 2);
            }

            var latencies = new Latencies(path);
            for (var i = 0; i <= repeat; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"  {path}: {(int)response.StatusCode}");
                    failed++;
                    break;
                }

                if (i > 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(user.Length > 0 ? user : "public"),-10} {path,-80} {latencies.Percentile(50),6:0} ms {latencies.Percentile(100),5:0} ms"));
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        return failed == 0 ? 0 : 1;
    }
}
