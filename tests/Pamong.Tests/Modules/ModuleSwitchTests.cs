using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Modules;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Modules;

/// <summary>A module that exists only in these tests: one API route, one menu entry, and a page prefix.</summary>
public sealed class SampleModule : PamongModule
{
    public override string Id => "contoh";
    public override string NameKey => "Modules";
    public override IReadOnlyList<string> PagePrefixes => ["/bahasa"];
    public override IReadOnlyList<MenuItem> Menu => [new("Modules", "/contoh-menu")];

    public override void MapApi(IEndpointRouteBuilder api) => api.MapGet("/contoh/ping", () => Results.Ok("pong"));
}

public sealed class SqliteAppWithSampleModule : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<PamongModule, SampleModule>());
    }
}

public sealed class PostgresAppWithSampleModule : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<PamongModule, SampleModule>());
    }
}

public abstract class ModuleSwitchTests(PamongApp app)
{
    [SkippableFact]
    public async Task A_module_that_is_off_shows_no_api_page_or_menu_and_switching_it_on_shows_them()
    {
        app.SkipIfUnavailable();
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var switchedOff = await admin.PostFormAsync("/admin/modul", new() { ["module"] = "contoh", ["enable"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, switchedOff.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/contoh/ping")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/bahasa?c=en")).StatusCode);
        Assert.DoesNotContain("/contoh-menu", await admin.GetStringAsync("/"), StringComparison.Ordinal);

        var page = await admin.PostFormAsync("/admin/modul", new() { ["module"] = "contoh", ["enable"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);

        Assert.Equal("\"pong\"", await admin.GetStringAsync("/api/v1/contoh/ping"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/bahasa?c=id")).StatusCode);
        Assert.Contains("/contoh-menu", await admin.GetStringAsync("/"), StringComparison.Ordinal);

        var off = await admin.PutAsJsonAsync("/api/v1/modules/contoh", new { enabled = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/contoh/ping")).StatusCode);

        var audited = await app.WithDb(db => db.AuditRecords.CountAsync(r => r.Subject == nameof(ModuleSwitch)));
        Assert.True(audited >= 3);
    }

    [SkippableFact]
    public async Task Only_an_administrator_may_switch_modules()
    {
        app.SkipIfUnavailable();
        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var put = await leader.PutAsJsonAsync("/api/v1/modules/contoh", new { enabled = true });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Contains("\"code\":\"forbidden\"", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await leader.GetAsync("/admin/modul");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/akses-ditolak", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Unknown_module_is_a_404_problem()
    {
        app.SkipIfUnavailable();
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var response = await admin.PutAsJsonAsync("/api/v1/modules/tidak-ada", new { enabled = true });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("module_not_found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ModuleSwitchTestsOnSqlite(SqliteAppWithSampleModule app) : ModuleSwitchTests(app), IClassFixture<SqliteAppWithSampleModule>;

public sealed class ModuleSwitchTestsOnPostgres(PostgresAppWithSampleModule app) : ModuleSwitchTests(app), IClassFixture<PostgresAppWithSampleModule>;

[Collection(SqliteCollection.Name)]
public sealed class ModuleSwitchCacheTests(SqliteApp app)
{
    [Fact]
    public async Task Another_instance_sees_a_switch_within_the_cache_time()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var thisInstance = new ModuleCatalog([new SampleModule()], clock);
        var otherInstance = new ModuleCatalog([new SampleModule()], clock);
        await app.WithDb(async db => { await thisInstance.SwitchAsync(db, "contoh", enabled: false); return 0; });
        Assert.False(await app.WithDb(db => otherInstance.IsEnabledAsync(db, "contoh")));

        await app.WithDb(async db => { await thisInstance.SwitchAsync(db, "contoh", enabled: true); return 0; });
        Assert.False(await app.WithDb(db => otherInstance.IsEnabledAsync(db, "contoh")));
        clock.Advance(ModuleCatalog.CacheFor);
        Assert.True(await app.WithDb(db => otherInstance.IsEnabledAsync(db, "contoh")));
        Assert.True(await app.WithDb(db => thisInstance.IsEnabledAsync(db, "contoh")));
    }

    [Fact]
    public async Task The_gate_finds_fresh_switches_in_the_cache_without_the_database()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var catalog = new ModuleCatalog([new SampleModule()], clock);
        Assert.False(catalog.TryGetCached("banyuwangi", out _));

        var loaded = await app.WithDb(db => catalog.EnabledAsync(db));
        Assert.True(catalog.TryGetCached("banyuwangi", out var cached));
        Assert.Same(loaded, cached);
        Assert.False(catalog.TryGetCached("pemda-lain", out _));

        clock.Advance(ModuleCatalog.CacheFor);
        Assert.False(catalog.TryGetCached("banyuwangi", out _));

        await app.WithDb(db => catalog.EnabledAsync(db));
        await app.WithDb(async db => { await catalog.SwitchAsync(db, "contoh", enabled: true); return 0; });
        Assert.False(catalog.TryGetCached("banyuwangi", out _));
    }
}
