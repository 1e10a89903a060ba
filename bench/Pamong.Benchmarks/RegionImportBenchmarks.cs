using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Pamong.Benchmarks;

/// <summary>
/// The full region import (91,599 regions, of which 83,762 villages) into a fresh, migrated, empty
/// database — what the first start of a new deployment does. One database per iteration.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class RegionImportBenchmarks
{
    private BenchDatabase? _database;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = BenchDatabase.Sqlite;

    public static IEnumerable<string> Engines => BenchDatabase.Engines;

    [IterationSetup]
    public void CreateEmptyDatabase() => _database = BenchDatabase.Create(Engine);

    [IterationCleanup]
    public void DropDatabase() => _database?.Dispose();

    [Benchmark(Description = "Import all regions into an empty database")]
    public Task<int> ImportIntoEmptyDatabase() => _database!.Import.ImportAsync(force: false);
}
