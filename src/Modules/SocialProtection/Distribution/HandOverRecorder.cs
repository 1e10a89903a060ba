using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Uploads;

namespace Pamong.SocialProtection.Distribution;

/// <summary>Records a hand-over (with proof) or its failure (with the reason) in the field, and the return of undelivered benefits to the treasury.</summary>
public sealed class HandOverRecorder(PerlinsosDb db, UploadStore files, AuditActor actor, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    public async Task<Outcome<HandOver>> RecordAsync(long id, HandOverInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await OpenAsync(id, user, Permissions.RecordPerlinsosDistribution, ct);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var handOver = found.Value!;
        if (handOver.Status is not (HandOverStatus.Planned or HandOverStatus.Undelivered))
        {
            return Refusal.Conflict("hand_over_recorded", text["HandOverRecorded"]);
        }

        if (input.Delivered)
        {
            switch (input.ProofKind)
            {
                case ProofKind.CardQr:
                    var qr = input.CardQr?.Trim() ?? "";
                    if (qr.Length is < 6 or > 200)
                    {
                        return Refusal.OnField("proof_invalid", nameof(HandOverInput.CardQr), text["CardQrInvalid"]);
                    }

                    handOver.CardQr = qr;
                    break;
                case ProofKind.Photo or ProofKind.Signature:
                    UploadKind[] allowed = input.ProofKind == ProofKind.Signature ? [UploadKind.Png] : [UploadKind.Jpeg, UploadKind.Png];
                    var kept = Base64Upload.Open(input.ProofBase64) is { } stream ? await files.KeepAsync(db.TenantId, stream, allowed, ct) : null;
                    if (kept is null)
                    {
                        return Refusal.OnField("proof_invalid", nameof(HandOverInput.ProofBase64), text[input.ProofKind == ProofKind.Signature ? "SignatureInvalid" : "PhotoInvalid"]);
                    }

                    handOver.ProofSha256 = kept.Value.Sha256;
                    handOver.ProofFileName = kept.Value.Kind == UploadKind.Png ? "bukti.png" : "bukti.jpg";
                    break;
                default:
                    return Refusal.OnField("proof_required", nameof(HandOverInput.ProofKind), text["ProofRequired"]);
            }

            handOver.Status = HandOverStatus.Delivered;
            handOver.ProofKind = input.ProofKind;
            handOver.Reason = null;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                return Refusal.OnField("reason_required", nameof(HandOverInput.Reason), text["UndeliveredReasonRequired"]);
            }

            handOver.Status = HandOverStatus.Undelivered;
            handOver.Reason = input.Reason.Trim();
            actor.GiveReason(handOver.Reason);
        }

        handOver.RecordedBy = actor.Name;
        handOver.RecordedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return handOver;
    }

    /// <summary>An undelivered benefit paid back to the treasury.</summary>
    public async Task<Outcome<HandOver>> ReturnAsync(long id, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await OpenAsync(id, user, Permissions.ManagePerlinsos, ct);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var handOver = found.Value!;
        if (handOver.Status != HandOverStatus.Undelivered)
        {
            return Refusal.Conflict("hand_over_not_undelivered", text["HandOverNotUndelivered"]);
        }

        handOver.Status = HandOverStatus.Returned;
        handOver.ReturnedAt = clock.GetUtcNow();
        actor.GiveReason(string.IsNullOrWhiteSpace(reason) ? handOver.Reason : reason);
        await db.SaveChangesAsync(ct);
        return handOver;
    }

    private async Task<Outcome<HandOver>> OpenAsync(long id, ClaimsPrincipal user, string permission, CancellationToken ct)
    {
        var handOver = await db.HandOvers.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (handOver is null || !OfficerArea.For(user, permission).Covers(handOver.VillageCode))
        {
            return Refusal.NotFound("hand_over_not_found", text["HandOverNotFound"]);
        }

        if (await db.DistributionCycles.AnyAsync(c => c.Id == handOver.CycleId && c.Closed, ct))
        {
            return Refusal.Conflict("cycle_closed", text["CycleClosed"]);
        }

        return handOver;
    }
}
