using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Pamong.Benchmarks;

/// <summary>
/// <c>import-regions --force</c> on a database that already holds the list: every shipped region is
/// compared with the stored one and nothing changes. And the start-up check when nothing changed.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class RegionReimportBenchmarks
{
    private BenchDatabase? _database;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = BenchDatabase.Sqlite;

    public static IEnumerable<string> Engines => BenchDatabase.Engines;

    [GlobalSetup]
    public void CreateLoadedDatabase()
    {
        _database = BenchDatabase.Create(Engine);
        _database.Import.ImportAsync(force: false).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void DropDatabase() => _database?.Dispose();

    [Benchmark(Description = "Forced re-import, nothing changed")]
    public Task<int> ForcedReimport() => _database!.Import.ImportAsync(force: true);

    [Benchmark(Description = "Start-up check, already current")]
    public Task<int> StartupCheck() => _database!.Import.ImportAsync(force: false);
}
