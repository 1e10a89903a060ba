using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Regions;
using Pamong.Platform.Web;

namespace Pamong.Benchmarks;

/// <summary>
/// What the region pages and API do per request, answered from the in-memory <see cref="RegionDirectory"/>;
/// and, for comparison, the same name search as a database query (SQLite).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class RegionLookupBenchmarks
{
    private static readonly RegionQuery ByName = new("banyuwangi");
    private static readonly RegionQuery ByCode = new("35.10");
    private static readonly RegionQuery Rare = new("kemiren");

    private BenchDatabase? _database;
    private RegionDirectory? _directory;
    private RegionTree? _tree;
    private Region? _kemiren;

    [GlobalSetup]
    public void LoadRegions()
    {
        _database = BenchDatabase.Create(BenchDatabase.Sqlite);
        _database.Import.ImportAsync(force: false).GetAwaiter().GetResult();
        _directory = _database.Services.GetRequiredService<RegionDirectory>();
        _tree = _directory.Tree;
        _kemiren = _tree.Find("35.10.15.2004");
    }

    [GlobalCleanup]
    public void DropDatabase() => _database?.Dispose();

    [Benchmark(Description = "Load the directory from the database (once per process)")]
    public int LoadDirectory()
    {
        _directory!.Reset();
        return _directory.Tree.All.Count;
    }

    [Benchmark(Description = "Find by code")]
    public Region? FindByCode() => _tree!.Find("35.10.15.2004");

    [Benchmark(Description = "Children of a regency")]
    public int Children() => _tree!.ChildrenOf("35.10").Count;

    [Benchmark(Description = "Parent chain of a village")]
    public int Ancestors() => _tree!.AncestorsOf(_kemiren!).Count;

    [Benchmark(Description = "NIK district exists")]
    public bool DistrictExists() => _tree!.DistrictExists("35.10.01");

    [Benchmark(Description = "Search by name, page 1 (banyuwangi)")]
    public int SearchByName() => RegionSearch.Find(_tree!, ByName, null, 1, Paging.DefaultSize).Total;

    [Benchmark(Description = "Search by code prefix, page 1 (35.10)")]
    public int SearchByCode() => RegionSearch.Find(_tree!, ByCode, null, 1, Paging.DefaultSize).Total;

    [Benchmark(Description = "Search by name, villages only (kemiren)")]
    public int SearchVillages() => RegionSearch.Find(_tree!, Rare, RegionLevel.Village, 1, Paging.DefaultSize).Total;

    [Benchmark(Description = "Same name search as a SQLite query")]
    public async Task<int> SearchInDatabase()
    {
        using var scope = _database!.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var matches = db.Regions.AsNoTracking().Where(r => r.SearchName.Contains("banyuwangi") || r.Code.StartsWith("banyuwangi"));
        var total = await matches.CountAsync();
        var page = await matches.OrderBy(r => r.Level).ThenBy(r => r.Code).Take(Paging.DefaultSize).ToListAsync();
        return total + page.Count;
    }
}
