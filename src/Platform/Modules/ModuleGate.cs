using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Modules;

/// <summary>
/// Answers 404 for every page and API route of a module that the current Pemda has switched off. The switches
/// come from <see cref="ModuleCatalog"/>'s cache; the database context is created only when the cache is stale.
/// </summary>
internal sealed class ModuleGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ModuleCatalog catalog, CurrentTenant tenant)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleMarker>()?.ModuleId
            ?? catalog.All.FirstOrDefault(m => m.PagePrefixes.Any(p => context.Request.Path.StartsWithSegments(p)))?.Id;
        if (module is not null && !await IsEnabledAsync(context, catalog, tenant.Id, module))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }

    private static async ValueTask<bool> IsEnabledAsync(HttpContext context, ModuleCatalog catalog, string tenantId, string module) =>
        catalog.TryGetCached(tenantId, out var enabled)
            ? enabled.Contains(module)
            : await catalog.IsEnabledAsync(context.RequestServices.GetRequiredService<PamongDb>(), module, context.RequestAborted);
}

/// <summary>Endpoint metadata naming the module an endpoint belongs to.</summary>
public sealed record ModuleMarker(string ModuleId);
