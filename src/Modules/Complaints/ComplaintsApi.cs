using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Filing;
using Pamong.Complaints.Handling;
using Pamong.Complaints.Overview;
using Pamong.Complaints.Tracking;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.Complaints;

/// <summary>/api/v1/complaints: filing and tracking (public, rate-limited per client), the officers' queue and steps, the overview and the deadlines.</summary>
public static class ComplaintsApi
{
    public sealed record AttachmentJson(string? FileName, string? Content);

    public sealed class FileRequest
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Category { get; set; }
        public string? UnitCode { get; set; }
        public string? Service { get; set; }
        public string? VillageCode { get; set; }
        public bool Anonymous { get; set; }
        public bool Confidential { get; set; }
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }

        /// <summary>Files as base64 (PDF, JPEG or PNG).</summary>
        public List<AttachmentJson>? Attachments { get; set; }
    }

    public sealed record FiledJson(string TrackingCode, string Status, DateOnly VerifyDueOn, string Track);

    public static void MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/complaints").WithTags("Complaints");

        api.MapPost("/", FileAsync)
            .AllowAnonymous()
            .WithName("FileComplaint")
            .WithSummary("Files a complaint without sign-in (named, anonymous or confidential); returns its tracking code. Rate-limited per client (429 complaint_rate_limited).")
            .Produces<FiledJson>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/track/{code}", async (string code, HttpContext http, ComplaintTracking tracking, PublicLimits limits, CancellationToken ct) =>
                await limits.TrackingAsync(http, ct) is { } limited ? limited
                : Result(await tracking.FindAsync(code, ct), c => Results.Ok(TrackingJson.From(c))))
            .AllowAnonymous()
            .WithName("TrackComplaint")
            .WithSummary("The status and public timeline of a complaint by its tracking code; no personal data. Rate-limited per client.")
            .Produces<TrackingJson>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/track/{code}/response", async (string code, ResponseInput input, HttpContext http, ComplaintTracking tracking, PublicLimits limits, CancellationToken ct) =>
                await limits.TrackingAsync(http, ct) is { } limited ? limited
                : Result(await tracking.RespondAsync(code, input, ct), c => Results.Ok(TrackingJson.From(c))))
            .AllowAnonymous()
            .WithName("RespondToComplaintAnswer")
            .WithSummary("The complainant's response to the answer: {\"satisfied\":true} closes the complaint; {\"satisfied\":false,\"comment\":\"...\"} reopens it one level up.")
            .Produces<TrackingJson>().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/", async ([AsParameters] QueueQuery query, ClaimsPrincipal user, ComplaintQueue queue, CancellationToken ct) =>
            {
                var page = await queue.SearchAsync(ComplaintOfficer.Of(user), query.ToFilter(), ct);
                return Results.Ok(new Paged<QueueRowJson>(page.Items.Select(QueueRowJson.From).ToList(), page.Page, page.PageSize, page.Total));
            })
            .RequireAuthorization(Permissions.SignedIn)
            .AddEndpointFilter(OfficersOnly)
            .WithName("ListComplaints")
            .WithSummary("The complaints the officer may see: ?status=open|submitted|inprogress|answered|closed|rejected&unit=CODE&overdue=true&q=&sort=due|filed|-filed&page=&pageSize=.");

        api.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ComplaintActions actions, ComplaintCalendar calendar, CancellationToken ct) =>
            {
                var officer = ComplaintOfficer.Of(user);
                return Result(await actions.FindAsync(officer, id, ct), c => Results.Ok(ComplaintJson.From(c, officer, calendar.Today)));
            })
            .RequireAuthorization(Permissions.SignedIn)
            .AddEndpointFilter(OfficersOnly)
            .WithName("GetComplaint")
            .WithSummary("One complaint with its timeline and attachments; the complainant's identity only where the officer may see it.");

        api.MapGet("/{id:int}/attachments/{fileId:int}", async (int id, int fileId, ClaimsPrincipal user, ComplaintActions actions, ComplaintsDb db, CancellationToken ct) =>
                await Attachment(await actions.FindAsync(ComplaintOfficer.Of(user), id, ct), fileId, db, ct))
            .RequireAuthorization(Permissions.SignedIn)
            .AddEndpointFilter(OfficersOnly)
            .WithName("DownloadComplaintAttachment")
            .WithSummary("Downloads an attachment (as an attachment, never shown inline).");

        MapStep<RouteInput>(api, "route", "RouteComplaint", Permissions.ManageComplaints,
            "Verifies and routes (or re-routes) the complaint: {\"unitCode\":\"DINSOS\",\"simple\":false,\"note\":\"...\"} (the unit defaults to the one named).",
            (a, o, id, input, ct) => a.RouteAsync(o, id, input, ct));
        MapStep<ReasonInput>(api, "reject", "RejectComplaint", Permissions.ManageComplaints,
            "Rejects a new complaint as not a complaint: {\"reason\":\"...\"} (told to the complainant).",
            (a, o, id, input, ct) => a.RejectAsync(o, id, input, ct));
        MapStep<AnswerInput>(api, "answer", "AnswerComplaint", Permissions.HandleComplaints,
            "The unit's answer (follow-up): {\"answer\":\"...\"}; public on the tracking page.",
            (a, o, id, input, ct) => a.AnswerAsync(o, id, input, ct));
        MapStep<ReasonInput>(api, "close", "CloseComplaint", Permissions.HandleComplaints,
            "Closes an answered complaint: {\"reason\":\"...\"} (e.g. the complainant confirmed by phone).",
            (a, o, id, input, ct) => a.CloseAsync(o, id, input, ct));

        api.MapGet("/overview", async (string? format, ComplaintOverview overview, OverviewExport export, CancellationToken ct) =>
            {
                var (total, units) = await overview.FiguresAsync(ct);
                return format?.ToLowerInvariant() switch
                {
                    "csv" => Results.File(export.Csv(units), "text/csv; charset=utf-8", "pengaduan-ringkasan.csv"),
                    "xlsx" => Results.File(export.Xlsx(total, units), Platform.Web.Export.XlsxWriter.ContentType, "pengaduan-ringkasan.xlsx"),
                    _ => Results.Ok(new { total, units }),
                };
            })
            .RequireAuthorization(Permissions.ReadComplaints)
            .WithName("ComplaintsOverview")
            .WithSummary("Counts per unit (total, open, overdue, answered, closed, rejected) and the average days to an answer; ?format=csv|xlsx to export.");

        api.MapGet("/settings", async (ComplaintCalendar calendar, CancellationToken ct) => Results.Ok(SettingsInput.From(await calendar.SettingsAsync(ct))))
            .RequireAuthorization(Permissions.ManageComplaints)
            .WithName("GetComplaintSettings")
            .WithSummary("The Pemda's complaint deadlines (working days), response period, per-client limits and holidays.");

        api.MapPut("/settings", async (SettingsInput input, SettingsEditor editor, CancellationToken ct) =>
                Result(await editor.SaveAsync(input, ct), s => Results.Ok(SettingsInput.From(s))))
            .RequireAuthorization(Permissions.ManageComplaints)
            .WithName("SaveComplaintSettings")
            .WithSummary("Changes the deadlines, limits and holidays ({\"holidays\":[{\"date\":\"2026-12-25\",\"name\":\"Hari Raya Natal\"}], ...}).");
    }

    private static async Task<IResult> FileAsync(FileRequest request, HttpContext http, ComplaintFiling filing, PublicLimits limits, CancellationToken ct)
    {
        if (await limits.FilingAsync(http, ct) is { } limited)
        {
            return limited;
        }

        var attachments = new List<Attachment>();
        foreach (var (file, i) in (request.Attachments ?? []).Select((f, i) => (f, i)))
        {
            var bytes = new byte[((file.Content?.Length ?? 0) * 3 / 4) + 3];
            if (string.IsNullOrEmpty(file.FileName) || !Convert.TryFromBase64String(file.Content ?? "", bytes, out var written))
            {
                return Problems.Invalid("complaint_attachment_invalid", $"Lampiran ke-{(i + 1).ToString(CultureInfo.InvariantCulture)} harus berisi \"fileName\" dan \"content\" (base64).");
            }

            attachments.Add(new Attachment(file.FileName, bytes[..written]));
        }

        var input = new ComplaintInput
        {
            Title = request.Title,
            Description = request.Description,
            Category = request.Category,
            UnitCode = request.UnitCode,
            Service = request.Service,
            VillageCode = request.VillageCode,
            Anonymous = request.Anonymous,
            Confidential = request.Confidential,
            Name = request.Name,
            Email = request.Email,
            Phone = request.Phone,
        };
        var outcome = await filing.FileAsync(input, attachments, http.User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        return outcome.Refusal is { } refusal
            ? refusal.ToProblem()
            : Results.Created($"/api/v1/complaints/track/{outcome.Value!.TrackingCode}",
                new FiledJson(outcome.Value.TrackingCode, ComplaintJson.StatusName(outcome.Value.Status), outcome.Value.VerifyDueOn, $"/pengaduan/lacak?kode={outcome.Value.TrackingCode}"));
    }

    private delegate Task<Outcome<Complaint>> Step<TInput>(ComplaintActions actions, ComplaintOfficer officer, int id, TInput input, CancellationToken ct);

    private static void MapStep<TInput>(RouteGroupBuilder api, string path, string name, string permission, string summary, Step<TInput> step) =>
        api.MapPost("/{id:int}/" + path, async (int id, TInput input, ClaimsPrincipal user, ComplaintActions actions, ComplaintCalendar calendar, CancellationToken ct) =>
            {
                var officer = ComplaintOfficer.Of(user);
                return Result(await step(actions, officer, id, input, ct), c => Results.Ok(ComplaintJson.From(c, officer, calendar.Today)));
            })
            .RequireAuthorization(permission)
            .WithName(name)
            .WithSummary(summary);

    private static async Task<IResult> Attachment(Outcome<Complaint> found, int fileId, ComplaintsDb db, CancellationToken ct)
    {
        if (found.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        var file = await db.Files.AsNoTracking().Include(f => f.Content).FirstOrDefaultAsync(f => f.Id == fileId && f.ComplaintId == found.Value!.Id, ct);
        return file?.Content is null
            ? Problems.NotFound("complaint_attachment_not_found", "Lampiran tidak ditemukan.")
            : new AttachmentResult(file.Content.Bytes, file.ContentType, file.FileName);
    }

    private static IResult Result<T>(Outcome<T> outcome, Func<T, IResult> ok) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : ok(outcome.Value!);

    private static async ValueTask<object?> OfficersOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ComplaintOfficer.Of(context.HttpContext.User).IsOfficer
            ? await next(context)
            : Problems.Forbidden("complaint_forbidden", "Hanya petugas pengelola pengaduan yang dapat membuka daftar pengaduan.");
}
