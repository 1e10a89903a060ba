using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.SocialProtection.CekBansos;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Targeting;
using Pamong.SocialProtection.Uploads;

namespace Pamong.SocialProtection.Appeals;

/// <summary>
/// Residents' appeals: filed within the run's appeal period by the NIK's owner (a signed-in account with that NIK)
/// or by an agent holding the household's recorded consent; re-verified by the desa (or the Dinas Sosial);
/// decided by the Dinas Sosial. An upheld appeal corrects the data and changes the decision at once.
/// </summary>
public sealed class AppealEditor(PerlinsosDb db, PamongDb platform, UploadStore files, CekBansosTable lookup, PerlinsosEvents events,
    AuditActor actor, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    public async Task<Outcome<Appeal>> FileAsync(AppealInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var nik = input.Nik?.Trim() ?? "";
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 10 or > 2000)
        {
            return Refusal.OnField("appeal_invalid", nameof(AppealInput.Reason), text["ReasonLength", 10]);
        }

        // Ownership first, so that the answer says nothing about someone else's NIK.
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var ownNik = await platform.Users.Where(u => u.Id == userId).Select(u => u.Nik).FirstOrDefaultAsync(ct);
        var agentArea = OfficerArea.For(user, Permissions.RegisterPerlinsos);
        if (ownNik != nik && agentArea.Nowhere)
        {
            return Refusal.Forbidden("appeal_not_owner", text["AppealNotOwner"], nameof(AppealInput.Nik));
        }

        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Nik == nik, ct);
        int? consentId = null;
        if (ownNik != nik)
        {
            var village = member is null ? null : await db.Households.Where(h => h.Id == member.HouseholdId).Select(h => h.VillageCode).SingleAsync(ct);
            consentId = village is not null && agentArea.Covers(village)
                ? await db.Consents.AsNoTracking().Where(c => c.HouseholdId == member!.HouseholdId && c.WithdrawnAt == null).OrderByDescending(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct)
                : null;
            if (consentId is null)
            {
                return Refusal.Forbidden("appeal_not_owner", text["AppealNotOwner"], nameof(AppealInput.Nik));
            }
        }

        var program = await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Code == input.Program, ct);
        if (member is null || program is null)
        {
            return Refusal.NotFound("decision_not_found", text["AppealNoDecision"]);
        }

        var run = await db.TargetingRuns.AsNoTracking().Where(r => r.ProgramId == program.Id && r.Status == RunStatus.Announced)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var decision = run is null ? null : await db.TargetingDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.RunId == run.Id && d.HouseholdId == member.HouseholdId, ct);
        if (run is null || decision is null)
        {
            return Refusal.NotFound("decision_not_found", text["AppealNoDecision"]);
        }

        if (run.AppealUntil is not { } until || clock.GetUtcNow() > until)
        {
            return Refusal.Conflict("appeal_period_closed", text["AppealPeriodClosed", Day(run.AppealUntil)]);
        }

        if (await db.Appeals.AnyAsync(a => a.DecisionId == decision.Id && (a.Status == AppealStatus.Submitted || a.Status == AppealStatus.Verified), ct))
        {
            return Refusal.Conflict("appeal_open", text["AppealOpen"]);
        }

        string? evidence = null;
        if (!string.IsNullOrWhiteSpace(input.EvidenceBase64))
        {
            var kept = Base64Upload.Open(input.EvidenceBase64) is { } stream ? await files.KeepAsync(db.TenantId, stream, [UploadKind.Pdf, UploadKind.Jpeg, UploadKind.Png], ct) : null;
            if (kept is null)
            {
                return Refusal.OnField("evidence_invalid", "Evidence", text["EvidenceInvalid"]);
            }

            evidence = kept.Value.Sha256;
        }

        var appeal = new Appeal
        {
            RunId = run.Id,
            DecisionId = decision.Id,
            HouseholdId = member.HouseholdId,
            VillageCode = decision.VillageCode,
            Nik = nik,
            FiledBy = actor.Name,
            ConsentId = consentId,
            Reason = reason,
            EvidenceSha256 = evidence,
            EvidenceFileName = evidence is null ? null : "bukti-sanggah",
            Status = AppealStatus.Submitted,
            FiledAt = clock.GetUtcNow(),
        };
        actor.GiveReason(reason);
        db.Appeals.Add(appeal);
        await db.SaveChangesAsync(ct);
        return appeal;
    }

    /// <summary>The desa (or the Dinas Sosial) re-verifies in the field and may note the welfare decile it found.</summary>
    public async Task<Outcome<Appeal>> VerifyAsync(int id, string? note, int? correctedDecile, ClaimsPrincipal user, CancellationToken ct)
    {
        var appeal = await db.Appeals.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appeal is null || !OfficerArea.For(user, Permissions.VerifyPerlinsos).Covers(appeal.VillageCode))
        {
            return Refusal.NotFound("appeal_not_found", text["AppealNotFound"]);
        }

        if (appeal.Status != AppealStatus.Submitted)
        {
            return Refusal.Conflict("appeal_not_submitted", text["AppealNotSubmitted"]);
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Refusal.OnField("note_required", "Note", text["NoteRequired"]);
        }

        if (correctedDecile is < 1 or > 10)
        {
            return Refusal.OnField("decile_invalid", "CorrectedDecile", text["DecileRange"]);
        }

        appeal.Status = AppealStatus.Verified;
        appeal.VerifiedBy = actor.Name;
        appeal.VerificationNote = note.Trim();
        appeal.CorrectedDecile = correctedDecile;
        actor.GiveReason(appeal.VerificationNote);
        await db.SaveChangesAsync(ct);
        return appeal;
    }

    /// <summary>The Dinas Sosial decides with a reason; upheld: the decile is corrected, the decision becomes "selected", Cek Bansos shows it.</summary>
    public async Task<Outcome<Appeal>> DecideAsync(int id, bool uphold, string? reason, CancellationToken ct)
    {
        var appeal = await db.Appeals.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appeal is null)
        {
            return Refusal.NotFound("appeal_not_found", text["AppealNotFound"]);
        }

        if (appeal.Status is not (AppealStatus.Submitted or AppealStatus.Verified))
        {
            return Refusal.Conflict("appeal_decided", text["AppealDecided"]);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.OnField("reason_required", "Reason", text["DecisionReasonRequired"]);
        }

        appeal.Status = uphold ? AppealStatus.Upheld : AppealStatus.Rejected;
        appeal.DecidedBy = actor.Name;
        appeal.DecidedAt = clock.GetUtcNow();
        appeal.DecisionReason = reason.Trim();
        actor.GiveReason(appeal.DecisionReason);
        if (uphold)
        {
            if (appeal.CorrectedDecile is { } decile)
            {
                var household = await db.Households.SingleAsync(h => h.Id == appeal.HouseholdId, ct);
                household.WelfareDecile = decile;
                household.UpdatedAt = clock.GetUtcNow();
            }

            var decision = await db.TargetingDecisions.SingleAsync(d => d.Id == appeal.DecisionId, ct);
            if (decision.Status != DecisionStatus.Selected)
            {
                var run = await db.TargetingRuns.AsNoTracking().SingleAsync(r => r.Id == appeal.RunId, ct);
                var program = await db.Programs.Include(p => p.Components).SingleAsync(p => p.Id == run.ProgramId, ct);
                var before = decision.Status;
                decision.Status = DecisionStatus.Selected;
                decision.ChangedBy = appeal.Reference;
                decision.Benefit = program.BenefitPerStage + program.Components.Where(c => c.Criterion is null).Sum(c => c.Amount);
                decision.OutcomesJson = OutcomeJson.Write([.. decision.Outcomes.Where(o => o.Rule != Rules.Quota), new RuleOutcome(Rules.Appeal, true, appeal.Reference)]);
                events.Record("perlinsos.decision.changed", "TargetingDecision", decision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{before} → Selected ({appeal.Reference})", appeal.DecisionReason);
                await db.SaveChangesAsync(ct);
                await lookup.RewriteAsync(program, run, decision, ct);
                return appeal;
            }
        }

        await db.SaveChangesAsync(ct);
        return appeal;
    }

    private static string Day(DateTimeOffset? moment) =>
        moment is { } m ? IndonesianFormat.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m, IndonesianFormat.Wib).DateTime)) : "–";
}
