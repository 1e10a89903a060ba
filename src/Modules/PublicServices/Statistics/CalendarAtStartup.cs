using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// Builds every Pemda's working-day calendar and recaps (<see cref="DailyRecap"/>, <see cref="MonthlyRecap"/>) at start-up when they are missing or
/// out of date (a new Pemda, changed holidays, or the migration that added the recap), so that the first
/// dashboard does not pay for it and new applications are counted with the right working days. After the demo
/// catalogue (its holidays).
/// </summary>
internal sealed class CalendarAtStartup : IStartupStep
{
    public int Order => 80;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        List<string> tenants;
        using (var scope = services.CreateScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<PamongDb>().Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(ct);
        }

        foreach (var tenant in tenants)
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
            await scope.ServiceProvider.GetRequiredService<WorkdayCalendar>().EnsureAsync(ct);
        }
    }
}
