using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Regions;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Regions;

public abstract class RegionImportTests(PamongApp app)
{
    private RegionImport Import => app.Services.GetRequiredService<RegionImport>();

    [SkippableFact]
    public async Task Start_up_imports_every_region_of_Indonesia()
    {
        app.SkipIfUnavailable();
        var counts = await app.WithDb(db => db.Regions.GroupBy(r => r.Level).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));

        Assert.Equal(38, counts[RegionLevel.Province]);
        Assert.Equal(514, counts[RegionLevel.Regency]);
        Assert.Equal(7285, counts[RegionLevel.District]);
        Assert.Equal(83762, counts[RegionLevel.Village]);
        Assert.Equal("kemiren", await app.WithDb(db => db.Regions.Where(r => r.Code == "35.10.15.2004").Select(r => r.SearchName).SingleAsync()));
    }

    [SkippableFact]
    public async Task Second_import_changes_nothing()
    {
        app.SkipIfUnavailable();
        var before = await app.WithDb(db => db.Regions.CountAsync());

        Assert.Equal(0, await Import.ImportAsync(force: false));
        Assert.Equal(0, await Import.ImportAsync(force: true));

        Assert.Equal(before, await app.WithDb(db => db.Regions.CountAsync()));
        Assert.Equal(1, await app.WithDb(db => db.ReferenceDataVersions.CountAsync(v => v.Name == "regions" && v.Version == RegionData.Fingerprint())));
    }

    [SkippableFact]
    public async Task Forced_import_restores_a_changed_name_and_a_deleted_region()
    {
        app.SkipIfUnavailable();
        // Regions in Aceh: no other test looks at them.
        await app.WithDb(db => db.Regions.Where(r => r.Code == "11.01.01.2001")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Name, "Dirusak").SetProperty(r => r.SearchName, "dirusak").SetProperty(r => r.ParentCode, "11.01.02")));
        await app.WithDb(db => db.Regions.Where(r => r.Code == "11.01.01.2002").ExecuteDeleteAsync());

        Assert.Equal(0, await Import.ImportAsync(force: false)); // the shipped version is already loaded
        Assert.Equal(2, await Import.ImportAsync(force: true));

        var restored = await app.WithDb(db => db.Regions.AsNoTracking().Where(r => r.Code.StartsWith("11.01.01.200")).OrderBy(r => r.Code).Take(2).ToListAsync());
        Assert.Equal(("11.01.01.2001", "Keude Bakongan", "keude bakongan", "11.01.01"), (restored[0].Code, restored[0].Name, restored[0].SearchName, restored[0].ParentCode));
        Assert.Equal(("11.01.01.2002", "Ujong Mangki", RegionLevel.Village), (restored[1].Code, restored[1].Name, restored[1].Level));
        Assert.Equal(83762, await app.WithDb(db => db.Regions.CountAsync(r => r.Level == RegionLevel.Village)));

        var api = await app.CreateClient().GetStringAsync("/api/v1/regions/11.01.01.2002");
        Assert.Equal("""{"code":"11.01.01.2002","name":"Ujong Mangki","level":"village","parentCode":"11.01.01"}""", api);
    }

    [SkippableFact]
    public async Task Region_directory_holds_the_same_regions_as_the_database()
    {
        app.SkipIfUnavailable();
        var tree = app.Services.GetRequiredService<RegionDirectory>().Tree;

        Assert.Equal(await app.WithDb(db => db.Regions.CountAsync()), tree.All.Count);
        Assert.Equal(38, tree.Provinces.Count);
        Assert.True(tree.DistrictExists("35.10.15"));
        Assert.False(tree.DistrictExists("35.10"));
        Assert.False(tree.DistrictExists("35.10.99"));
        Assert.Equal(["35", "35.10", "35.10.15"], tree.AncestorsOf(tree.Find("35.10.15.2004")!).Select(r => r.Code));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegionImportTestsOnSqlite(SqliteApp app) : RegionImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegionImportTestsOnPostgres(PostgresApp app) : RegionImportTests(app);
