using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Catalogue;

/// <summary>
/// <c>/api/v1/services</c>: the public catalogue (for citizens' apps and partner systems such as a national
/// MPP Digital) and its administration: the standard, publishing, and workflow versions.
/// </summary>
public static class CatalogueApi
{
    public sealed record PublishRequest(string? Reason);

    public static void MapCatalogueApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/services").WithTags("Services");
        group.MapGet("/", async (string? q, string? category, string? level, string? unit, int? page, int? pageSize, bool? includeUnpublished,
                ClaimsPrincipal user, IAuthorizationService authorization, CatalogueSearch search, CancellationToken ct) =>
            {
                var all = includeUnpublished == true && await CanManage(user, authorization);
                return Results.Ok(await search.FindAsync(new CatalogueQuery(q, category, level, unit, page, pageSize), all, ct));
            })
            .AllowAnonymous()
            .WithName("ListServices")
            .WithSummary("Lists published services: search words (q), category, level (Desa|Kecamatan|Opd), owning unit, paging. Administrators may add includeUnpublished=true.")
            .Produces<Paged<ServiceRow>>();

        group.MapGet("/{code}", async (string code, ClaimsPrincipal user, IAuthorizationService authorization, ServiceReader reader, CancellationToken ct) =>
                await reader.FindAsync(code, await CanManage(user, authorization), ct) is { } found
                    ? Results.Ok(found.ToDetail())
                    : Problems.NotFound("service_not_found", "Layanan tidak ditemukan."))
            .AllowAnonymous()
            .WithName("GetService")
            .WithSummary("One service: its standard (requirements, procedure, time limit, fee, product, complaints) and its current workflow steps and form fields.")
            .Produces<ServiceDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (ServiceInput input, ClaimsPrincipal user, ServiceEditor editor, ServiceReader reader, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(input, ActorName.Of(user), ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/services/{outcome.Value!.Code}", (await reader.FindAsync(outcome.Value.Code, true, ct))!.ToDetail());
            })
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("CreateService")
            .WithSummary("Creates an unpublished service with its standard and a first workflow version for its level.")
            .Produces<ServiceDetail>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPut("/{code}", async (string code, ServiceInput input, ServiceEditor editor, ServiceReader reader, CancellationToken ct) =>
                await editor.UpdateAsync(code, input, ct) is { Refusal: { } refusal }
                    ? refusal.ToProblem()
                    : Results.Ok((await reader.FindAsync(code, true, ct))!.ToDetail()))
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("UpdateService")
            .WithSummary("Changes a service's name, category, level, owner and standard (the code stays).")
            .Produces<ServiceDetail>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{code}/publish", (string code, PublishRequest? request, ServiceEditor editor, ServiceReader reader, CancellationToken ct) =>
                Publish(code, true, request, editor, reader, ct))
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("PublishService")
            .WithSummary("Publishes a service: it appears in the public catalogue and takes applications.")
            .Produces<ServiceDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{code}/unpublish", (string code, PublishRequest? request, ServiceEditor editor, ServiceReader reader, CancellationToken ct) =>
                Publish(code, false, request, editor, reader, ct))
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("UnpublishService")
            .WithSummary("Withdraws a service from the public catalogue (applications in flight continue).")
            .Produces<ServiceDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{code}/workflow-versions", async (string code, ServiceReader reader, WorkflowEditor workflows, CancellationToken ct) =>
                await reader.FindAsync(code, true, ct) is { } found
                    ? Results.Ok((await workflows.HistoryAsync(found.Service.Id, ct)).Select(WorkflowJson.From).ToList())
                    : Problems.NotFound("service_not_found", "Layanan tidak ditemukan."))
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("ListWorkflowVersions")
            .WithSummary("Every workflow version of a service, newest first, with its steps and form fields.")
            .Produces<List<WorkflowJson>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{code}/workflow-versions", async (string code, WorkflowInput input, ClaimsPrincipal user, WorkflowEditor workflows, CancellationToken ct) =>
            {
                var outcome = await workflows.SaveAsync(code, input, ActorName.Of(user), ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/services/{code}/workflow-versions", WorkflowJson.From(outcome.Value!));
            })
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("SaveWorkflowVersion")
            .WithSummary("Saves the workflow steps and form fields as a new current version; applications in flight keep theirs.")
            .Produces<WorkflowJson>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Publish(string code, bool published, PublishRequest? request, ServiceEditor editor, ServiceReader reader, CancellationToken ct) =>
        await editor.SetPublishedAsync(code, published, request?.Reason, ct) is { Refusal: { } refusal }
            ? refusal.ToProblem()
            : Results.Ok((await reader.FindAsync(code, true, ct))!.ToDetail());

    private static async Task<bool> CanManage(ClaimsPrincipal user, IAuthorizationService authorization) =>
        user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, Permissions.ManageServices)).Succeeded;
}
