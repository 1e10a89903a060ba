using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.BusinessProcesses;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Architecture.Infrastructure;
using Pamong.SpbeAssessment.Architecture.Integrations;
using Pamong.SpbeAssessment.Architecture.Map;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>
/// The SPBE architecture inventory under /api/v1/spbe/architecture: business processes, data sets,
/// applications (Pamong's own listed automatically), infrastructure, integrations, the view per OPD and the
/// map. Reading needs spbe.read; changes need spbe.manage.
/// </summary>
public static class ArchitectureApi
{
    private const string Tag = "SPBE architecture";

    public sealed record Overview(int BusinessProcesses, int DataSets, int Applications, int AutomaticApplications, int Infrastructure, int Integrations);

    public sealed record OpdHoldings(int UnitId, string Name, IReadOnlyList<BusinessProcessRow> BusinessProcesses, IReadOnlyList<DataSetRow> DataSets,
        IReadOnlyList<ApplicationRow> Applications, IReadOnlyList<InfrastructureRow> Infrastructure, IReadOnlyList<IntegrationRow> Integrations);

    public sealed record MapGraph(IReadOnlyList<ApplicationRow> Nodes, IReadOnlyList<IntegrationRow> Edges);

    public static void MapArchitectureApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/spbe/architecture").WithTags(Tag).RequireAuthorization(Permissions.ReadSpbe);

        group.MapGet("/", async (ArchitectureOverview overview, CancellationToken ct) => Results.Ok(await overview.CountAsync(ct)))
            .WithName("GetSpbeArchitectureOverview").WithSummary("How many business processes, data sets, applications, infrastructure items and integrations the inventory holds.");

        MapApplications(group);
        MapRecords<BusinessProcess, BusinessProcessInput, BusinessProcessRow, BusinessProcessEditor>(group, new("business-processes", "BusinessProcess", "BusinessProcesses", "business_process"),
            (r, ct) => r.BusinessProcessesAsync(ct), p => p.Id, p => p.Name, p => p.OwnerUnitId, (p, names) => BusinessProcessRow.From(p, names.GetValueOrDefault(p.OwnerUnitId)));
        MapRecords<DataSet, DataSetInput, DataSetRow, DataSetEditor>(group, new("data-sets", "DataSet", "DataSets", "data_set"),
            (r, ct) => r.DataSetsAsync(ct), d => d.Id, d => d.Name, d => d.OwnerUnitId, (d, names) => DataSetRow.From(d, names.GetValueOrDefault(d.OwnerUnitId)));
        MapRecords<InfrastructureItem, InfrastructureInput, InfrastructureRow, InfrastructureEditor>(group, new("infrastructure", "InfrastructureItem", "Infrastructure", "infrastructure"),
            (r, ct) => r.InfrastructureAsync(ct), i => i.Id, i => i.Name, i => i.OwnerUnitId,
            (i, names) => InfrastructureRow.From(i, i.OwnerUnitId is { } id ? names.GetValueOrDefault(id) : null));
        MapIntegrations(group);

        group.MapGet("/units/{unitId:int}", async (int unitId, ArchitectureOverview overview, CancellationToken ct) =>
                await overview.ForUnitAsync(unitId, ct) is { } holdings ? Results.Ok(holdings) : Problems.NotFound("unit_not_found", "OPD tidak ditemukan."))
            .WithName("GetSpbeArchitectureOfOpd").WithSummary("Everything one OPD owns: business processes, data sets, applications, infrastructure and the integrations of its applications.");

        group.MapGet("/map", async (ApplicationCatalog applications, IntegrationList integrations, CancellationToken ct) =>
                Results.Ok(new MapGraph(await applications.AllAsync(ct), await integrations.AllAsync(ct))))
            .WithName("GetSpbeArchitectureMap").WithSummary("The application map as a graph: every application (nodes) and every integration (edges, from → to).");

        group.MapGet("/map.svg", async (ApplicationCatalog applications, IntegrationList integrations, IStringLocalizer<ArchitectureText> text, CancellationToken ct) =>
            {
                var nodes = await applications.AllAsync(ct);
                var edges = await integrations.AllAsync(ct);
                var svg = ArchitectureMap.Svg(nodes, edges, "peta", text["MapTitle"], text["MapDescription", nodes.Count, edges.Count]);
                return Results.Text(svg, "image/svg+xml");
            })
            .WithName("GetSpbeArchitectureMapSvg").WithSummary("The application map drawn as SVG (the picture on /spbe/arsitektur/peta).");
    }

    private static void MapApplications(RouteGroupBuilder group)
    {
        group.MapGet("/applications", async (string? q, int? unitId, string? status, int? page, int? pageSize, ApplicationCatalog catalog, CancellationToken ct) =>
            {
                var wanted = Choice.Parse<ApplicationStatus>(status);
                if (!string.IsNullOrEmpty(status) && wanted is null)
                {
                    return Problems.Invalid("status_invalid", "Status harus salah satu dari: " + string.Join(", ", Enum.GetNames<ApplicationStatus>()) + ".");
                }

                return Results.Ok(Page(await catalog.SearchAsync(q, unitId, wanted, ct), page, pageSize));
            })
            .WithName("ListSpbeApplications")
            .WithSummary("Applications: Pamong's own (automatic: true, keys \"pamong\" and \"pamong.<module>\") and the stored ones (q: part of the name or purpose; unitId: owner OPD; status).");

        group.MapGet("/applications/{key}", async (string key, ApplicationCatalog catalog, CancellationToken ct) =>
                ApplicationKey.Parse(key) is { } parsed && await catalog.FindAsync(parsed, ct) is { } row
                    ? Results.Ok(row)
                    : Problems.NotFound("application_not_found", "Aplikasi tidak ditemukan."))
            .WithName("GetSpbeApplication").WithSummary("One application by key (\"12\", \"pamong\", \"pamong.spbe\").");

        group.MapPost("/applications", async (ApplicationInput input, ApplicationEditor editor, ApplicationCatalog catalog, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(input, ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/spbe/architecture/applications/{outcome.Value!.Id}", await catalog.FindAsync(ApplicationKey.Stored(outcome.Value.Id), ct));
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("CreateSpbeApplication")
            .WithSummary("Adds an application (choices by name, e.g. hosting \"PemdaDataCentre\"; dataSetIds: the data sets it uses).");

        group.MapPut("/applications/{id:int}", async (int id, ApplicationInput input, ApplicationEditor editor, ApplicationCatalog catalog, CancellationToken ct) =>
            {
                var outcome = await editor.UpdateAsync(id, input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(await catalog.FindAsync(ApplicationKey.Stored(id), ct));
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("UpdateSpbeApplication").WithSummary("Changes a stored application (Pamong's own entries cannot be changed).");

        group.MapDelete("/applications/{id:int}", async (int id, ApplicationEditor editor, CancellationToken ct) =>
                (await editor.DeleteAsync(id, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent())
            .RequireAuthorization(Permissions.ManageSpbe).WithName("DeleteSpbeApplication")
            .WithSummary("Deletes a stored application; refused (409 application_in_use) while an integration names it.");
    }

    private static void MapIntegrations(RouteGroupBuilder group)
    {
        group.MapGet("/integrations", async (string? q, int? page, int? pageSize, IntegrationList list, CancellationToken ct) =>
                Results.Ok(Page(ArchitectureSearch.Filter(await list.AllAsync(ct), q, null, i => i.FromName + " " + i.ToName + " " + i.DataExchanged, _ => null), page, pageSize)))
            .WithName("ListSpbeIntegrations").WithSummary("Integrations between applications (q: part of an application's name or of the data exchanged).");

        group.MapGet("/integrations/{id:int}", async (int id, IntegrationList list, CancellationToken ct) =>
                await list.FindAsync(id, ct) is { } row ? Results.Ok(row) : Problems.NotFound("integration_not_found", "Integrasi tidak ditemukan."))
            .WithName("GetSpbeIntegration").WithSummary("One integration.");

        group.MapPost("/integrations", async (IntegrationInput input, IntegrationEditor editor, IntegrationList list, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(input, ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/spbe/architecture/integrations/{outcome.Value!.Id}", await list.FindAsync(outcome.Value.Id, ct));
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("CreateSpbeIntegration")
            .WithSummary("Adds an integration: from and to are application keys (\"12\", \"pamong\", \"pamong.spbe\"); method Api, Splp, File or Manual; status Planned, Active or Stopped.");

        group.MapPut("/integrations/{id:int}", async (int id, IntegrationInput input, IntegrationEditor editor, IntegrationList list, CancellationToken ct) =>
            {
                var outcome = await editor.UpdateAsync(id, input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(await list.FindAsync(id, ct));
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("UpdateSpbeIntegration").WithSummary("Changes an integration.");

        group.MapDelete("/integrations/{id:int}", async (int id, IntegrationEditor editor, CancellationToken ct) =>
                (await editor.DeleteAsync(id, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent())
            .RequireAuthorization(Permissions.ManageSpbe).WithName("DeleteSpbeIntegration").WithSummary("Deletes an integration.");
    }

    /// <summary>List, read, add, change and delete for a register whose rows carry their owner's name.</summary>
    private static void MapRecords<TRecord, TInput, TRow, TEditor>(RouteGroupBuilder group, Register register,
        Func<ArchitectureRegisters, CancellationToken, Task<IReadOnlyList<TRow>>> list, Func<TRow, int> idOf, Func<TRow, string> rowName, Func<TRow, int?> owner,
        Func<TRecord, IReadOnlyDictionary<int, string>, TRow> toRow)
        where TRecord : class, new()
        where TEditor : RecordEditor<TRecord, TInput>
    {
        var (path, name, plural, code) = register;
        var words = path.Replace('-', ' ');
        group.MapGet("/" + path, async (string? q, int? unitId, int? page, int? pageSize, ArchitectureRegisters registers, CancellationToken ct) =>
                Results.Ok(Page(ArchitectureSearch.Filter(await list(registers, ct), q, unitId, rowName, owner), page, pageSize)))
            .WithName("ListSpbe" + plural).WithSummary($"The {words} of the inventory (q: part of the name; unitId: owner OPD).");

        group.MapGet("/" + path + "/{id:int}", async (int id, ArchitectureRegisters registers, CancellationToken ct) =>
                (await list(registers, ct)).FirstOrDefault(r => idOf(r) == id) is { } row ? Results.Ok(row) : Problems.NotFound(code + "_not_found", "Data tidak ditemukan."))
            .WithName("GetSpbe" + name).WithSummary($"One of the {words}.");

        group.MapPost("/" + path, async (TInput input, IServiceProvider services, OpdDirectory opd, CancellationToken ct) =>
            {
                var outcome = await services.GetRequiredService<TEditor>().CreateAsync(input, ct);
                if (outcome.Refusal is { } refusal)
                {
                    return refusal.ToProblem();
                }

                var row = toRow(outcome.Value!, await opd.NamesAsync(ct));
                return Results.Created($"/api/v1/spbe/architecture/{path}/{idOf(row)}", row);
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("CreateSpbe" + name).WithSummary($"Adds to the {words}.");

        group.MapPut("/" + path + "/{id:int}", async (int id, TInput input, IServiceProvider services, OpdDirectory opd, CancellationToken ct) =>
            {
                var outcome = await services.GetRequiredService<TEditor>().UpdateAsync(id, input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(toRow(outcome.Value!, await opd.NamesAsync(ct)));
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("UpdateSpbe" + name).WithSummary($"Changes one of the {words}.");

        group.MapDelete("/" + path + "/{id:int}", async (int id, IServiceProvider services, CancellationToken ct) =>
                (await services.GetRequiredService<TEditor>().DeleteAsync(id, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent())
            .RequireAuthorization(Permissions.ManageSpbe).WithName("DeleteSpbe" + name).WithSummary($"Deletes one of the {words}.");
    }

    private static Paged<T> Page<T>(IReadOnlyList<T> rows, int? page, int? pageSize)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        return new Paged<T>(rows.Skip((number - 1) * size).Take(size).ToList(), number, size, rows.Count);
    }

    /// <summary>A register's route ("data-sets"), its operation names ("DataSet", "DataSets") and its refusal code stem ("data_set").</summary>
    private sealed record Register(string Path, string Name, string Plural, string Code);
}
