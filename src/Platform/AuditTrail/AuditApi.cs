using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.Platform.AuditTrail;

/// <summary>The audit trail's HTTP API: search the current tenant's records and verify its chain.</summary>
internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapApiV1().MapGroup("/audit").WithTags("Audit trail").RequireAuthorization(Permissions.ReadAudit);

        audit.MapGet("", SearchAsync)
            .WithName("SearchAuditTrail")
            .WithSummary("Search the audit trail of the current tenant, newest first")
            .WithDescription("Dates are whole days in WIB (yyyy-MM-dd); actor and q match part of a value, ignoring case; action, subject and subjectId match exactly.")
            .Produces<Paged<AuditEntry>>()
            .ProducesValidationProblem();

        audit.MapPost("/verify", VerifyAsync)
            .WithName("VerifyAuditChain")
            .WithSummary("Recompute the hash chain of the current tenant and report the first broken record")
            .Produces<ChainReport>();
    }

    private static async Task<IResult> SearchAsync([AsParameters] AuditFilter filter, int? page, int? pageSize,
        SearchAuditTrail search, IStringLocalizer<AuditText> text, CancellationToken ct)
    {
        var problems = filter.Validate();
        if (problems.Count > 0)
        {
            return Problems.Invalid("audit_filter_invalid", text["ApiFilterInvalid"],
                problems.ToDictionary(p => p.Key, p => new[] { text[p.Value].Value }));
        }

        var found = await search.RunAsync(filter, page, pageSize, ct);
        return Results.Ok(new Paged<AuditEntry>(found.Items.Select(AuditEntry.From).ToList(), found.Page, found.PageSize, found.Total));
    }

    private static async Task<IResult> VerifyAsync(AuditVerifier verifier, CancellationToken ct) =>
        Results.Ok(ChainReport.From(await verifier.VerifyCurrentTenantAsync(ct)));
}

/// <summary><c>{"valid":false,"checked":12,"firstBroken":{"sequence":5,"id":42,"problem":"hash_mismatch"},...}</c></summary>
public sealed record ChainReport(bool Valid, long Checked, BrokenRecord? FirstBroken, long LastSequence, string LastHash)
{
    public static ChainReport From(ChainVerification v) => new(v.Valid, v.Checked,
        v.FirstBroken is { } b ? new BrokenRecord(b.Sequence, b.Id, b.Code, b.Problem == ChainProblem.MissingRecord ? b.ExpectedSequence : null) : null,
        v.LastSequence, v.LastHash);
}

/// <summary>The first broken record; <c>missingFrom</c> is the first missing sequence number for <c>missing_record</c>.</summary>
public sealed record BrokenRecord(long Sequence, long Id, string Problem, long? MissingFrom);
