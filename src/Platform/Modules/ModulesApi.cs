using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Modules;

/// <summary>/api/v1/modules: which modules this deployment has and which the Pemda switched on.</summary>
public static class ModulesApi
{
    public sealed record ModuleState(string Id, bool Enabled);

    public sealed record SwitchRequest(bool Enabled);

    public static void MapModulesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1().MapGroup("/modules").WithTags("Modules").RequireAuthorization(Permissions.ManageModules);

        api.MapGet("/", async (ModuleCatalog catalog, PamongDb db) =>
        {
            var enabled = await catalog.EnabledAsync(db);
            return catalog.All.Select(m => new ModuleState(m.Id, enabled.Contains(m.Id))).ToList();
        }).WithName("ListModules").WithSummary("The modules of this deployment and whether the Pemda has switched each on.");

        api.MapPut("/{id}", async (string id, SwitchRequest request, ModuleCatalog catalog, PamongDb db) =>
        {
            if (catalog.Find(id) is null)
            {
                return Problems.NotFound("module_not_found", $"Modul '{id}' tidak dikenal.");
            }

            await catalog.SwitchAsync(db, id, request.Enabled);
            return Results.Ok(new ModuleState(id, request.Enabled));
        }).WithName("SwitchModule").WithSummary("Switches a module on or off for the Pemda.");
    }
}
