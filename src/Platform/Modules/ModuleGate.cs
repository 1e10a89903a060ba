using Microsoft.AspNetCore.Http;
using Pamong.Platform.Data;

namespace Pamong.Platform.Modules;

/// <summary>Answers 404 for every page and API route of a module that the current Pemda has switched off.</summary>
internal sealed class ModuleGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ModuleCatalog catalog, PamongDb db)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleMarker>()?.ModuleId
            ?? catalog.All.FirstOrDefault(m => m.PagePrefixes.Any(p => context.Request.Path.StartsWithSegments(p)))?.Id;
        if (module is not null && !await catalog.IsEnabledAsync(db, module, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }
}

/// <summary>Endpoint metadata naming the module an endpoint belongs to.</summary>
public sealed record ModuleMarker(string ModuleId);
