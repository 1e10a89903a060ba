using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// The desa/kecamatan verifies a finding: confirms it or dismisses it, always with a reason (audited, the reason
/// kept on the audit record). Confirming a deceased finding marks the member deceased on the recorded date.
/// </summary>
public sealed class FindingResolver(PerlinsosDb db, IAuthorizationService authorization, AuditActor actor, PerlinsosEvents events, TimeProvider clock,
    IStringLocalizer<PerlinsosText> text)
{
    public sealed record ResolveInput(string? Decision, string? Reason);

    public async Task<Outcome<DataQualityFinding>> ResolveAsync(ClaimsPrincipal user, int id, ResolveInput input, CancellationToken ct)
    {
        var finding = await db.Findings.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (finding is null || !(await authorization.AuthorizeAsync(user, new InRegion(finding.VillageCode), Permissions.ReadPerlinsos)).Succeeded)
        {
            return Refusal.NotFound("finding_not_found", text["FindingNotFound"]);
        }

        if (!(await authorization.AuthorizeAsync(user, new InRegion(finding.VillageCode), Permissions.VerifyPerlinsos)).Succeeded)
        {
            return Refusal.Forbidden("outside_your_area", text["OutsideArea"]);
        }

        var errors = new FieldErrors();
        var decision = input.Decision?.Trim().ToLowerInvariant() switch
        {
            "confirm" or "confirmed" => FindingStatus.Confirmed,
            "dismiss" or "dismissed" => FindingStatus.Dismissed,
            _ => (FindingStatus?)null,
        };
        if (decision is null)
        {
            errors.Add("Decision", text["DecisionRequired"]);
        }

        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 5 or > 1000)
        {
            errors.Add("Reason", text["ResolveReasonRequired"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("resolution_invalid", text["CheckFields"], errors.ToDictionary());
        }

        if (finding.Status != FindingStatus.Open)
        {
            return Refusal.Conflict("finding_already_resolved", text["FindingAlreadyResolved"]);
        }

        var now = clock.GetUtcNow();
        finding.Status = decision!.Value;
        finding.Reason = reason;
        finding.ResolvedBy = user.Identity?.Name;
        finding.ResolvedAt = now;
        finding.Resolution = decision == FindingStatus.Dismissed ? text["ResolutionDismissed"] : await ApplyAsync(finding, now, ct);
        actor.GiveReason(reason);
        events.Record(decision == FindingStatus.Confirmed ? "finding-confirmed" : "finding-dismissed", nameof(DataQualityFinding),
            finding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonSerializer.Serialize(new { finding.Key, Kind = finding.Kind.ToString(), finding.Nik, finding.KkNumber, finding.VillageCode, Status = finding.Status.ToString(), finding.Resolution }),
            reason);
        await db.SaveChangesAsync(ct);
        return finding;
    }

    /// <summary>What confirming does to the registry, by kind; the text says what was done.</summary>
    private async Task<string> ApplyAsync(DataQualityFinding finding, DateTimeOffset now, CancellationToken ct)
    {
        if (finding.Kind == FindingKind.Deceased && finding.Nik is { } nik)
        {
            var member = await db.Members.FirstOrDefaultAsync(m => m.Nik == nik, ct);
            if (member is not null)
            {
                using var evidence = JsonDocument.Parse(finding.Evidence);
                member.IsDeceased = true;
                member.DeceasedOn = evidence.RootElement.TryGetProperty("diedOn", out var died) && DateOnly.TryParse(died.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
                member.UpdatedAt = now;
                return text["ResolutionMarkedDeceased"];
            }
        }

        return finding.Kind switch
        {
            FindingKind.OnExclusionList => text["ResolutionExclusion"],
            FindingKind.PersonWithSeveralNiks => text["ResolutionDuplicate"],
            FindingKind.NikInvalid or FindingKind.NikContradictsRecord or FindingKind.NikSharedByDifferentPeople => text["ResolutionNik"],
            _ => text["ResolutionConfirmed"],
        };
    }
}
