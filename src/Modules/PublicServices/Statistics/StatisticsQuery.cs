using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Statistics;

/// <summary>Reads the dashboard's query (breakdown, period) and the caller's scope; used by the pages and the API.</summary>
public sealed class StatisticsQuery(ServiceStatistics statistics, PamongDb platform, TimeProvider clock)
{
    /// <param name="user">The officer, or null for the public numbers (the whole Pemda).</param>
    public async Task<Outcome<ServiceStatistics.Report>> RunAsync(string? by, string? from, string? to, ClaimsPrincipal? user, CancellationToken ct)
    {
        if (Breakdowns.Parse(by) is not { } breakdown)
        {
            return Refusal.OnField("breakdown_unknown", "by", "Rincian (by) harus service, opd, kecamatan atau desa.");
        }

        var period = Period.Parse(from, to, clock.WibToday());
        if (period.Refusal is { } refusal)
        {
            return refusal;
        }

        return await statistics.ForAsync(breakdown, period.Value!, user is null ? StatisticsScope.Pemda : await ScopeAsync(user, ct), ct);
    }

    public async Task<StatisticsScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = StatisticsScope.OpdUnitIds(user).ToList();
        var codes = ids.Count == 0 ? new Dictionary<int, string>()
            : await platform.OrganisationUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        return StatisticsScope.For(user, codes);
    }
}
