using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Pamong.Web;

internal static class Health
{
    /// <summary>/health/live: the process answers. /health/ready: and the database is reachable.</summary>
    public static void MapPamongHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
    }
}
