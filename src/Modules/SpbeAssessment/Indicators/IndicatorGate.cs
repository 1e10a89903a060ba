using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>
/// Opens one indicator of a period, for reading or for a change by the filler (answer or evidence): refuses a
/// locked or history period, an indicator the review team accepted, and an indicator of another OPD.
/// </summary>
public sealed class IndicatorGate(SpbeDb db, PeriodLookup periods, IStringLocalizer<SpbeText> text)
{
    public async Task<Outcome<IndicatorContext>> OpenAsync(int year, string code, CancellationToken ct)
    {
        var found = await periods.FindAsync(year, ct);
        return found.Refusal is { } refusal ? refusal : await WithAnswerAsync(found.Value.Period, found.Value.Instrument, code, ct);
    }

    public async Task<Outcome<IndicatorContext>> OpenForFillingAsync(int year, string code, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await periods.FindChangeableAsync(year, ct);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var opened = await WithAnswerAsync(found.Value.Period, found.Value.Instrument, code, ct);
        if (opened.Value is not { } context)
        {
            return opened;
        }

        if (context.Answer?.Review == ReviewDecision.Accepted)
        {
            return Refusal.Conflict("indicator_accepted", text["IndicatorAccepted", code]);
        }

        return FillScope.For(user).Covers(context.Answer?.ResponsibleUnitId)
            ? context
            : Refusal.Forbidden("indicator_not_assigned", text["IndicatorNotAssigned", code]);
    }

    private async Task<Outcome<IndicatorContext>> WithAnswerAsync(AssessmentPeriod period, Instrument instrument, string code, CancellationToken ct)
    {
        var indicator = instrument.FindIndicator(code);
        if (indicator is null)
        {
            return Refusal.NotFound("indicator_not_found", text["IndicatorNotFound", code, instrument.Name]);
        }

        var answer = await db.Answers.FirstOrDefaultAsync(a => a.PeriodId == period.Id && a.IndicatorCode == code, ct);
        return new IndicatorContext(period, instrument, indicator, answer);
    }
}

/// <summary>An indicator of a period with its answer (null while nothing was entered).</summary>
public sealed record IndicatorContext(AssessmentPeriod Period, Instrument Instrument, Indicator Indicator, IndicatorAnswer? Answer);
