using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Demo;

/// <summary>Creates the demo Pemda, Kabupaten Banyuwangi. Later demo steps fill it.</summary>
internal sealed class DemoTenant(IOptions<DemoOptions> options) : IStartupStep
{
    public const string Id = "banyuwangi";
    public const string RegionCode = "35.10";

    public int Order => 20;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(Id);
        if (!await db.Tenants.AnyAsync(t => t.Id == Id, ct))
        {
            db.Tenants.Add(new Tenant
            {
                Id = Id,
                RegionCode = RegionCode,
                Name = "Pemerintah Kabupaten Banyuwangi",
                CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            services.GetRequiredService<TenantDirectory>().Refresh();

            // The demo Pemda has adopted every module this build carries.
            var modules = services.GetRequiredService<ModuleCatalog>();
            foreach (var module in modules.All)
            {
                await modules.SwitchAsync(db, module.Id, enabled: true, ct);
            }
        }
    }
}
