using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>Fills an indicator (level, justification, responsible OPD) and records the review team's decision.</summary>
public sealed class AnswerEditor(SpbeDb db, PamongDb platform, IndicatorGate gate, AuditActor actor, TimeProvider clock, IStringLocalizer<SpbeText> text)
{
    public async Task<Outcome<IndicatorAnswer>> FillAsync(int year, string code, AnswerInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var opened = await gate.OpenForFillingAsync(year, code, user, ct);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var context = opened.Value!;
        var scope = FillScope.For(user);
        var unitId = input.ResponsibleUnitId ?? context.Answer?.ResponsibleUnitId ?? OwnUnit(scope);
        var errors = new FieldErrors();
        if (input.Level is not { } level)
        {
            errors.Add(nameof(AnswerInput.Level), text["LevelRequired"]);
        }
        else if (level is < Instrument.MinLevel or > Instrument.MaxLevel)
        {
            errors.Add(nameof(AnswerInput.Level), text["LevelRange"]);
        }

        var justification = input.Justification?.Trim();
        if (justification?.Length > AnswerLimits.Justification)
        {
            errors.Add(nameof(AnswerInput.Justification), text["TooLong", AnswerLimits.Justification]);
        }

        if (unitId is { } id && !await platform.OrganisationUnits.AnyAsync(x => x.Id == id && x.Kind == UnitKind.Opd && x.Active, ct))
        {
            errors.Add(nameof(AnswerInput.ResponsibleUnitId), text["UnitNotOpd"]);
        }
        else if (!scope.Covers(unitId))
        {
            errors.Add(nameof(AnswerInput.ResponsibleUnitId), text["UnitNotYours"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("answer_invalid", text["AnswerInvalid"], errors.ToDictionary());
        }

        var answer = context.Answer;
        if (answer is null)
        {
            answer = new IndicatorAnswer { PeriodId = context.Period.Id, IndicatorCode = context.Indicator.Code };
            db.Answers.Add(answer);
        }

        answer.Level = input.Level;
        answer.Justification = string.IsNullOrEmpty(justification) ? null : justification;
        answer.ResponsibleUnitId = unitId;
        answer.FilledById = actor.Id;
        answer.FilledBy = actor.Name;
        answer.FilledAt = clock.GetUtcNow().UtcDateTime;
        // A changed answer goes back to the review team; the last review note stays for the filler to read.
        answer.Review = ReviewDecision.None;
        answer.AgreedLevel = null;
        await db.SaveChangesAsync(ct);
        return answer;
    }

    /// <summary>An OPD operator's unassigned indicator becomes their OPD's.</summary>
    private static int? OwnUnit(FillScope scope) => scope.Everywhere || scope.Units.Count == 0 ? null : scope.Units[0];

    public async Task<Outcome<IndicatorAnswer>> ReviewAsync(int year, string code, ReviewInput input, CancellationToken ct)
    {
        var opened = await gate.OpenAsync(year, code, ct);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var (period, _, _, answer) = opened.Value!;
        if (period.IsHistory || period.Status == PeriodStatus.Locked)
        {
            return Refusal.Conflict("period_locked", text["PeriodLocked", year]);
        }

        if (period.Status != PeriodStatus.InReview)
        {
            return Refusal.Conflict("period_not_in_review", text["PeriodNotInReview", year]);
        }

        if (answer?.Level is null)
        {
            return Refusal.Conflict("indicator_not_filled", text["IndicatorNotFilled", code]);
        }

        if (answer.FilledById is not null && answer.FilledById == actor.Id)
        {
            return Refusal.Forbidden("review_own_answer", text["ReviewOwnAnswer"]);
        }

        var decision = input.Decision?.Trim().ToLowerInvariant();
        var note = input.Note?.Trim();
        var errors = new FieldErrors();
        if (decision is not ("accept" or "return"))
        {
            errors.Add(nameof(ReviewInput.Decision), text["DecisionRequired"]);
        }

        if (decision == "return" && string.IsNullOrEmpty(note))
        {
            errors.Add(nameof(ReviewInput.Note), text["ReturnNeedsNote"]);
        }

        if (note?.Length > AnswerLimits.ReviewNote)
        {
            errors.Add(nameof(ReviewInput.Note), text["TooLong", AnswerLimits.ReviewNote]);
        }

        if (input.AgreedLevel is { } agreed && (agreed is < Instrument.MinLevel or > Instrument.MaxLevel || decision == "return"))
        {
            errors.Add(nameof(ReviewInput.AgreedLevel), decision == "return" ? text["AgreedLevelOnlyOnAccept"] : text["LevelRange"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("review_invalid", text["ReviewInvalid"], errors.ToDictionary());
        }

        answer.Review = decision == "accept" ? ReviewDecision.Accepted : ReviewDecision.Returned;
        answer.AgreedLevel = decision == "accept" && input.AgreedLevel != answer.Level ? input.AgreedLevel : null;
        answer.ReviewNote = string.IsNullOrEmpty(note) ? null : note;
        answer.ReviewedBy = actor.Name;
        answer.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        actor.GiveReason(answer.ReviewNote);
        await db.SaveChangesAsync(ct);
        return answer;
    }
}
