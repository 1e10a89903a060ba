using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Demo;
using Pamong.PublicServices.Workflows;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

public abstract class DemoCatalogueTests(PamongApp app)
{
    private async Task<T> WithServices<T>(Func<PublicServicesDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        return await work(scope.ServiceProvider.GetRequiredService<PublicServicesDb>());
    }

    [SkippableFact]
    public async Task The_demo_pemda_has_at_least_thirty_services_across_desa_kecamatan_and_opd_each_with_a_workflow_and_fields()
    {
        app.SkipIfUnavailable();
        var services = await WithServices(db => db.Services.Where(s => DemoCatalogue.Services.Select(d => d.Code).Contains(s.Code)).ToListAsync());
        Assert.True(services.Count >= 30);
        Assert.All(Enum.GetValues<ServiceLevel>(), level => Assert.Contains(services, s => s.Level == level));
        var versions = await WithServices(db => db.WorkflowVersions.Include(v => v.Steps).Include(v => v.Fields).Where(v => v.IsCurrent).ToListAsync());
        var units = await app.WithDb(db => db.OrganisationUnits.Select(u => u.Code).ToListAsync());
        foreach (var service in services)
        {
            var version = Assert.Single(versions, v => v.ServiceId == service.Id);
            Assert.NotEmpty(version.Steps);
            Assert.NotEmpty(version.Fields);
            Assert.All(version.Steps.Where(st => st.Level == ServiceLevel.Opd), st => Assert.Contains(st.UnitCode, units));
            Assert.True(service.OwnerUnitCode is null || units.Contains(service.OwnerUnitCode), service.Code);
        }

        var journey = services.Single(s => s.Code == DemoCatalogue.JourneyService);
        var journeyVersion = versions.Single(v => v.ServiceId == journey.Id);
        Assert.Equal([ServiceLevel.Desa, ServiceLevel.Kecamatan], journeyVersion.Steps.OrderBy(s => s.Order).Select(s => s.Level));
        Assert.Contains(journeyVersion.Fields, f => f.Type == FieldType.File && f.Required);
    }

    [SkippableFact]
    public async Task Running_the_demo_step_again_adds_nothing()
    {
        app.SkipIfUnavailable();
        var before = await WithServices(db => db.Services.CountAsync());
        var holidays = await WithServices(db => db.Holidays.CountAsync());
        var step = app.Services.GetServices<IStartupStep>().OfType<DemoCatalogue>().Single();
        await step.RunAsync(app.Services, CancellationToken.None);
        Assert.Equal(before, await WithServices(db => db.Services.CountAsync()));
        Assert.Equal(holidays, await WithServices(db => db.Holidays.CountAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoCatalogueTestsOnSqlite(SqliteApp app) : DemoCatalogueTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoCatalogueTestsOnPostgres(PostgresApp app) : DemoCatalogueTests(app);
