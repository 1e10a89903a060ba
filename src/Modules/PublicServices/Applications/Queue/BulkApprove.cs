using System.Security.Claims;
using Pamong.PublicServices.Applications.Numbering;
using Pamong.PublicServices.Applications.Processing;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Queue;

/// <summary>How one application of a bulk approval went: done, or refused with the stable code and the reason.</summary>
public sealed record BulkItem(string Number, bool Done, string? Code, string? Message, ApplicationStatus? Status);

/// <summary>
/// Approves several applications at once, where their current step allows it: each one on its own, authorised,
/// audited and notified exactly as a single approval, so that one refusal does not stop the others.
/// </summary>
public sealed class BulkApprove(PublicServicesDb db, ProcessApplication process)
{
    public const int MaxItems = 100;

    public async Task<IReadOnlyList<BulkItem>> ApproveAsync(IEnumerable<string> numbers, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var results = new List<BulkItem>();
        foreach (var number in numbers.Select(n => ApplicationNumbers.Normalize(n) ?? n.Trim()).Distinct().Take(MaxItems))
        {
            db.ChangeTracker.Clear();
            var outcome = await process.DecideAsync(number, Decision.Approve, null, user, bulk: true, ct);
            results.Add(outcome.Refusal is { } refusal
                ? new BulkItem(number, false, refusal.Code, refusal.Detail, null)
                : new BulkItem(number, true, null, null, outcome.Value!.Status));
        }

        return results;
    }
}
