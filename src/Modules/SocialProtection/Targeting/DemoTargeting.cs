using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Distribution;
using Pamong.SocialProtection.Programs;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// When the demo registry has households and no program has been run yet: selects PKH, Program Sembako and BLT Dana
/// Desa for the current year, announces them, and opens PKH's first distribution stage, so that every page has
/// something to show.
/// </summary>
internal sealed class DemoTargeting(IOptions<DemoOptions> options, TimeProvider clock) : IStartupStep
{
    public int Order => 90;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(DemoPrograms.TenantId);
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        if (!await db.Households.AnyAsync(ct) || await db.TargetingRuns.AnyAsync(ct))
        {
            return;
        }

        var runs = scope.ServiceProvider.GetRequiredService<TargetingRuns>();
        var period = clock.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var program in new[] { "PKH", "SEMBAKO", "BLT-DD" })
        {
            var started = await runs.StartAsync(program, period, ct, enqueue: false);
            if (started.Value is not { } run)
            {
                continue;
            }

            await runs.ExecuteAsync(run.Id, ct);
            await runs.ApproveAsync(run.Id, "Data demo", ct);
        }

        await scope.ServiceProvider.GetRequiredService<CycleEditor>().OpenAsync(new CycleInput
        {
            Program = "PKH",
            Stage = 1,
            Channel = "Bank Himbara (KKS)",
            PlannedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(14),
        }, ct);
    }
}
