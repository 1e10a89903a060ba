using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;
using Pamong.PublicServices.Applications.Processing;
using Pamong.PublicServices.Applications.Queue;
using Pamong.PublicServices.Applications.Submitting;
using Pamong.PublicServices.Applications.Timeline;
using Pamong.PublicServices.Applications.Tracking;

namespace Pamong.PublicServices.Applications;

/// <summary>
/// /api/v1 for applications: submit (citizen or partner key), the officer's queue and actions, the applicant's
/// resubmission, files, and public tracking (POST, so that the NIK never appears in a URL or an access log).
/// </summary>
public static class ApplicationsApi
{
    public sealed record ApplicantJson(string? Nik, string? Name, string? VillageCode, string? Email, string? Phone);

    public sealed record FileJson(string? FieldKey, string? FileName, string? ContentBase64);

    public sealed record SubmitJson(ApplicantJson? Applicant, Dictionary<string, string?>? Answers, List<FileJson>? Files);

    public sealed record ResubmitJson(Dictionary<string, string?>? Answers, List<FileJson>? Files);

    public sealed record ReasonJson(string? Reason);

    public sealed record BulkJson(List<string>? Numbers);

    public sealed record TrackJson(string? Number, string? Nik);

    public sealed record Submitted(string Number, ApplicationStatus Status, int CurrentStep, DateOnly? StepDueOn);

    public sealed record Decided(string Number, ApplicationStatus Status, int CurrentStep, DateOnly? StepDueOn, DateTime? CompletedAt);

    public static void MapApplicationsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/services/{code}/applications", SubmitAsync).RequireAuthorization(Permissions.SignedIn)
            .WithName("SubmitApplication").WithTags("Applications")
            .WithSummary("Applies for a service: a signed-in citizen for themself, or a partner system (scope services.submit) for a citizen named in \"applicant\". Files as base64.")
            .Produces<Submitted>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/applications", ListAsync).RequireAuthorization(Permissions.ReadApplications)
            .WithName("ListApplications").WithTags("Applications")
            .WithSummary("The officer's queue (applications at steps their unit handles; all for leaders and read-scoped keys): service, status (aktif|semua|Submitted|InProgress|Returned|Completed|Rejected), village, overdue, sort (tenggat|masuk|terbaru), page, pageSize.")
            .Produces<Paged<QueueRow>>();

        api.MapGet("/applications/mine", MineAsync).RequireAuthorization(Permissions.ApplyForServices)
            .WithName("MyApplications").WithTags("Applications").WithSummary("The signed-in citizen's own applications.")
            .Produces<IReadOnlyList<MineRow>>();

        api.MapGet("/applications/{number}", DetailAsync).RequireAuthorization(Permissions.SignedIn)
            .WithName("GetApplication").WithTags("Applications")
            .WithSummary("One application with its answers, files, steps and full timeline (applicant, its officers, leaders, or the partner that sent it).")
            .Produces<ApplicationDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/applications/{number}/files/{id:guid}", FileAsync).RequireAuthorization(Permissions.SignedIn)
            .WithName("GetApplicationFile").WithTags("Applications").WithSummary("Downloads an uploaded file of an application.");

        api.MapPost("/applications/{number}/approve", (string number, HttpContext http, ProcessApplication process, CancellationToken ct) =>
                DecideAsync(number, Decision.Approve, null, http.User, process, ct))
            .RequireAuthorization(Permissions.ProcessApplications)
            .WithName("ApproveApplication").WithTags("Applications")
            .WithSummary("Approves the current step: on to the next step with its due date, or completed after the last one.")
            .Produces<Decided>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/applications/{number}/return", (string number, ReasonJson body, HttpContext http, ProcessApplication process, CancellationToken ct) =>
                DecideAsync(number, Decision.Return, body.Reason, http.User, process, ct))
            .RequireAuthorization(Permissions.ProcessApplications)
            .WithName("ReturnApplication").WithTags("Applications").WithSummary("Returns the application to the applicant for revision; \"reason\" is required.")
            .Produces<Decided>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPost("/applications/{number}/reject", (string number, ReasonJson body, HttpContext http, ProcessApplication process, CancellationToken ct) =>
                DecideAsync(number, Decision.Reject, body.Reason, http.User, process, ct))
            .RequireAuthorization(Permissions.ProcessApplications)
            .WithName("RejectApplication").WithTags("Applications").WithSummary("Rejects the application; \"reason\" is required.")
            .Produces<Decided>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPost("/applications/bulk-approve", BulkAsync).RequireAuthorization(Permissions.ProcessApplications)
            .WithName("BulkApproveApplications").WithTags("Applications")
            .WithSummary("Approves several applications whose current step allows bulk approval; each is authorised and audited on its own. Answers per number: done, or the refusal's code.")
            .Produces<IReadOnlyList<BulkItem>>();

        api.MapPost("/applications/{number}/document", async (string number, HttpContext http, ResultDocumentStep documents, CancellationToken ct) =>
            {
                var outcome = await documents.ReissueAsync(number, http.User, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(ToDecided(outcome.Value!));
            })
            .RequireAuthorization(Permissions.ProcessApplications)
            .WithName("ReissueApplicationDocument").WithTags("Applications")
            .WithSummary("\"Terbitkan ulang\": issues the result document of a completed application whose document failed (officers of the last step).")
            .Produces<Decided>().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/applications/{number}/resubmit", ResubmitAsync).RequireAuthorization(Permissions.SignedIn)
            .WithName("ResubmitApplication").WithTags("Applications")
            .WithSummary("The applicant sends a returned application back with changed answers or files (files as base64; a file field left out keeps its file).")
            .Produces<Decided>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/applications/track", TrackAsync).AllowAnonymous().RequireRateLimiting(TrackingLimits.Policy)
            .WithName("TrackApplication").WithTags("Applications")
            .WithSummary("Public tracking by application number and the applicant's NIK (both required; POST keeps the NIK out of URLs). Rate-limited per client; the same 404 for a wrong number or a wrong NIK.")
            .Produces<TrackResult>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> SubmitAsync(string code, SubmitJson body, HttpContext http, SubmitApplication submit, ApplicantProfile profiles,
        PamongDb platform, IStringLocalizer<PublicServicesText> text, CancellationToken ct)
    {
        var user = http.User;
        Applicant? applicant;
        if (user.HasClaim(AccountClaims.ScopeClaim, Permissions.SubmitForCitizens))
        {
            var partner = await PartnerNameAsync(user, platform, ct);
            var a = body.Applicant;
            applicant = new Applicant(a?.Nik, a?.Name, a?.VillageCode, a?.Email, a?.Phone, ApplicationChannel.Partner,
                AssistedByUserId: user.FindFirstValue(ClaimTypes.NameIdentifier), PartnerName: partner);
        }
        else if (user.IsInRole(Roles.Warga))
        {
            applicant = await profiles.ForAsync(user, ct);
        }
        else
        {
            return Problems.Forbidden("not_an_applicant", text["not_an_applicant"]);
        }

        if (applicant is null)
        {
            return Problems.Forbidden("not_an_applicant", text["not_an_applicant"]);
        }

        if (Decode(body.Files) is not { } files)
        {
            return Problems.Invalid("file_not_base64", text["file_not_base64"]);
        }

        var outcome = await submit.SubmitAsync(new ApplicationRequest(code, applicant, body.Answers ?? [], files), applicant.PartnerName ?? ApplicationAccess.ActorName(user), ct);
        return outcome.Refusal is { } refusal
            ? refusal.ToProblem()
            : Results.Created($"/api/v1/applications/{outcome.Value!.Number}", new Submitted(outcome.Value.Number, outcome.Value.Status, outcome.Value.CurrentStep, outcome.Value.StepDueOn));
    }

    private static async Task<IResult> ListAsync([AsParameters] QueueQuery query, HttpContext http, ApplicationQueue queue, CancellationToken ct) =>
        Results.Ok(await queue.ListAsync(http.User, query.ToFilter(), ct));

    private static async Task<IResult> MineAsync(HttpContext http, MyApplications mine, CancellationToken ct) =>
        Results.Ok(await mine.ListAsync(http.User, ct));

    private static async Task<IResult> DetailAsync(string number, HttpContext http, ApplicationDetails details, IStringLocalizer<PublicServicesText> text, CancellationToken ct) =>
        await details.ForAsync(number, http.User, ct) is { } detail ? Results.Ok(detail) : Problems.NotFound("application_not_found", text["application_not_found"]);

    private static async Task<IResult> FileAsync(string number, Guid id, HttpContext http, ApplicationDetails details, IStringLocalizer<PublicServicesText> text, CancellationToken ct)
    {
        if (await details.FileAsync(number, id, http.User, ct) is not { } file)
        {
            return Problems.NotFound("file_not_found", text["file_not_found"]);
        }

        FileResponse.Protect(http.Response);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> DecideAsync(string number, Decision decision, string? reason, ClaimsPrincipal user, ProcessApplication process, CancellationToken ct)
    {
        var outcome = await process.DecideAsync(number, decision, reason, user, ct: ct);
        return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(ToDecided(outcome.Value!));
    }

    private static async Task<IResult> BulkAsync(BulkJson body, HttpContext http, BulkApprove bulk, IStringLocalizer<PublicServicesText> text, CancellationToken ct)
    {
        if (body.Numbers is not { Count: > 0 } numbers || numbers.Count > BulkApprove.MaxItems)
        {
            return Problems.Invalid("numbers_required", text["numbers_required", BulkApprove.MaxItems]);
        }

        return Results.Ok(await bulk.ApproveAsync(numbers, http.User, ct));
    }

    private static async Task<IResult> ResubmitAsync(string number, ResubmitJson body, HttpContext http, ProcessApplication process, IStringLocalizer<PublicServicesText> text, CancellationToken ct)
    {
        if (Decode(body.Files) is not { } files)
        {
            return Problems.Invalid("file_not_base64", text["file_not_base64"]);
        }

        var outcome = await process.ResubmitAsync(number, body.Answers ?? [], files, http.User, ct);
        return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(ToDecided(outcome.Value!));
    }

    private static async Task<IResult> TrackAsync(TrackJson body, Tracker tracker, IStringLocalizer<PublicServicesText> text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Number) || string.IsNullOrWhiteSpace(body.Nik))
        {
            return Problems.Invalid("tracking_fields_required", text["tracking_fields_required"]);
        }

        return await tracker.FindAsync(body.Number, body.Nik, ct) is { } found
            ? Results.Ok(found)
            : Problems.NotFound("application_not_found", text["tracking_not_found"]);
    }

    private static Decided ToDecided(Application a) => new(a.Number, a.Status, a.CurrentStep, a.StepDueOn, a.CompletedAt);

    private static List<Upload>? Decode(List<FileJson>? files)
    {
        var uploads = new List<Upload>();
        foreach (var file in files ?? [])
        {
            var bytes = new byte[((file.ContentBase64?.Length ?? 0) * 3 / 4) + 3];
            if (string.IsNullOrWhiteSpace(file.FieldKey) || !Convert.TryFromBase64String(file.ContentBase64 ?? "", bytes, out var written))
            {
                return null;
            }

            uploads.Add(new Upload(file.FieldKey.Trim(), file.FileName ?? "berkas", bytes[..written]));
        }

        return uploads;
    }

    private static async Task<string> PartnerNameAsync(ClaimsPrincipal user, PamongDb platform, CancellationToken ct)
    {
        var id = user.FindFirstValue(AccountClaims.TokenClaim);
        var partner = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var tokenId)
            ? await platform.ApiTokens.AsNoTracking().Where(t => t.Id == tokenId).Select(t => t.Partner).FirstOrDefaultAsync(ct)
            : null;
        return partner ?? user.Identity?.Name ?? "partner";
    }
}

/// <summary>The queue's query string in the API.</summary>
public sealed record QueueQuery(string? Service, string? Status, string? Village, bool? Overdue, string? Sort, int? Page, int? PageSize)
{
    public QueueFilter ToFilter() => new(Service, Status, Village, Overdue ?? false, Sort, Page, PageSize);
}
