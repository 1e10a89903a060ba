using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Targeting;
using Pamong.SocialProtection.Uploads;

namespace Pamong.SocialProtection.Proposals;

/// <summary>Usul–sanggah: the desa proposes with the deliberation's minutes, the kecamatan verifies, the Dinas Sosial decides.</summary>
public sealed class ProposalEditor(PerlinsosDb db, UploadStore files, AuditActor actor, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    public async Task<Outcome<Proposal>> ProposeAsync(ProposalInput input, Stream? minutes, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var program = await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Code == input.Program, ct);
        if (program is null)
        {
            errors.Add(nameof(ProposalInput.Program), text["ProgramUnknown", input.Program ?? ""]);
        }

        if (input.Kind is null)
        {
            errors.Add(nameof(ProposalInput.Kind), text["ProposalKindRequired"]);
        }

        var kk = input.KkNumber?.Trim() ?? "";
        var household = await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.KkNumber == kk, ct);
        if (household is null)
        {
            errors.Add(nameof(ProposalInput.KkNumber), text["HouseholdUnknown", kk]);
        }

        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 10 or > 2000)
        {
            errors.Add(nameof(ProposalInput.Reason), text["ReasonLength", 10]);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), IndonesianFormat.Wib).DateTime);
        if (input.DeliberationDate is not { } held || held > today || held < today.AddYears(-1))
        {
            errors.Add(nameof(ProposalInput.DeliberationDate), text["DeliberationDateInvalid"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("proposal_invalid", text["CheckFieldsDetail"], errors.ToDictionary());
        }

        if (!OfficerArea.For(user, Permissions.ProposePerlinsos).Covers(household!.VillageCode))
        {
            return Refusal.Forbidden("household_outside_area", text["HouseholdOutsideArea"], nameof(ProposalInput.KkNumber));
        }

        var listed = await ListedAsync(program!.Id, household.Id, ct);
        if (input.Kind == ProposalKind.Sanggah && !listed)
        {
            return Refusal.OnField("household_not_listed", nameof(ProposalInput.KkNumber), text["SanggahNotListed", program.Name], 409);
        }

        if (input.Kind == ProposalKind.Usul && listed)
        {
            return Refusal.OnField("household_already_listed", nameof(ProposalInput.KkNumber), text["UsulAlreadyListed", program.Name], 409);
        }

        if (await db.Proposals.AnyAsync(p => p.ProgramId == program.Id && p.HouseholdId == household.Id && (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.Verified), ct))
        {
            return Refusal.Conflict("proposal_open", text["ProposalOpen"], nameof(ProposalInput.KkNumber));
        }

        var kept = minutes is null ? null : await files.KeepAsync(db.TenantId, minutes, [UploadKind.Pdf], ct);
        if (kept is null)
        {
            return Refusal.OnField("minutes_not_pdf", "Minutes", text["MinutesRequired"]);
        }

        var proposal = new Proposal
        {
            ProgramId = program.Id,
            Kind = input.Kind!.Value,
            HouseholdId = household.Id,
            KkNumber = household.KkNumber,
            VillageCode = household.VillageCode,
            Reason = reason,
            DeliberationDate = input.DeliberationDate!.Value,
            MinutesFileName = "berita-acara-musdes.pdf",
            MinutesSha256 = kept.Value.Sha256,
            Status = ProposalStatus.Submitted,
            ProposedBy = actor.Name,
            ProposedAt = clock.GetUtcNow(),
        };
        actor.GiveReason(reason);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(ct);
        return proposal;
    }

    /// <summary>The kecamatan passes the proposal on (verified) or returns it to the desa, with a note.</summary>
    public async Task<Outcome<Proposal>> VerifyAsync(int id, bool passed, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null || !OfficerArea.For(user, Permissions.VerifyPerlinsosProposals).Covers(proposal.VillageCode))
        {
            return Refusal.NotFound("proposal_not_found", text["ProposalNotFound"]);
        }

        if (proposal.Status != ProposalStatus.Submitted)
        {
            return Refusal.Conflict("proposal_not_submitted", text["ProposalNotSubmitted"]);
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Refusal.OnField("note_required", "Note", text["NoteRequired"]);
        }

        proposal.Status = passed ? ProposalStatus.Verified : ProposalStatus.Returned;
        proposal.VerifiedBy = actor.Name;
        proposal.VerifiedAt = clock.GetUtcNow();
        proposal.VerificationNote = note.Trim();
        actor.GiveReason(proposal.VerificationNote);
        await db.SaveChangesAsync(ct);
        return proposal;
    }

    /// <summary>The Dinas Sosial accepts (the next run follows it) or rejects a verified proposal, with a reason.</summary>
    public async Task<Outcome<Proposal>> DecideAsync(int id, bool accept, string? reason, CancellationToken ct)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return Refusal.NotFound("proposal_not_found", text["ProposalNotFound"]);
        }

        if (proposal.Status != ProposalStatus.Verified)
        {
            return Refusal.Conflict("proposal_not_verified", text["ProposalNotVerified"]);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.OnField("reason_required", "Reason", text["DecisionReasonRequired"]);
        }

        proposal.Status = accept ? ProposalStatus.Accepted : ProposalStatus.Rejected;
        proposal.DecidedBy = actor.Name;
        proposal.DecidedAt = clock.GetUtcNow();
        proposal.DecisionReason = reason.Trim();
        actor.GiveReason(proposal.DecisionReason);
        await db.SaveChangesAsync(ct);
        return proposal;
    }

    /// <summary>Whether the household is a recipient in the program's latest announced run.</summary>
    private async Task<bool> ListedAsync(int programId, int householdId, CancellationToken ct)
    {
        var run = await db.TargetingRuns.AsNoTracking().Where(r => r.ProgramId == programId && r.Status == RunStatus.Announced)
            .OrderByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        return run is not null && await db.TargetingDecisions.AnyAsync(d => d.RunId == run && d.HouseholdId == householdId && d.Status == DecisionStatus.Selected, ct);
    }
}
