using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>
/// Adds, changes and deletes risks. A risk's category must be one the context uses; a risk with treatments
/// cannot become the other kind while a treatment's option does not fit it. Deleting a risk deletes its
/// treatments and their monitoring (all recorded in the audit trail).
/// </summary>
public sealed class RiskEditor(SpbeDb db, OpdDirectory opd, IStringLocalizer<RiskText> text) : RecordEditor<Risk, RiskInput>(db)
{
    protected override string Code => "risk";

    protected override string NotFoundMessage => text["RiskNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override IQueryable<Risk> Query() => Db.Risks.Include(r => r.Treatments).ThenInclude(t => t.Monitoring);

    protected override async Task CheckAsync(RiskInput input, Risk record, FieldErrors errors, CancellationToken ct)
    {
        var contextId = record.Id == 0 ? input.ContextId : record.ContextId;
        var context = contextId is null ? null : await Db.RiskContexts.Include(c => c.Categories).FirstOrDefaultAsync(c => c.Id == contextId, ct);
        if (context is null)
        {
            errors.Add(nameof(input.ContextId), text["ContextNotFound"]);
        }
        else if (context.AppetiteOf((input.Category ?? "").Trim()) is null)
        {
            errors.Add(nameof(input.Category), text["CategoryNotInContext"]);
        }

        var kind = RiskChecks.Choice<RiskKind>(input.Kind, nameof(input.Kind), text, errors);
        RiskChecks.Choice<ImpactArea>(input.ImpactArea, nameof(input.ImpactArea), text, errors);
        RiskChecks.Text(input.Event, nameof(input.Event), 500, required: true, text, errors);
        RiskChecks.Text(input.Cause, nameof(input.Cause), 2000, required: false, text, errors);
        RiskChecks.Text(input.ImpactDescription, nameof(input.ImpactDescription), 2000, required: false, text, errors);
        if (!await opd.IsOwnerAsync(input.OwnerUnitId, ct))
        {
            errors.Add(nameof(input.OwnerUnitId), text["OwnerRequired"]);
        }

        RiskChecks.Level(input.Likelihood, nameof(input.Likelihood), text, errors);
        RiskChecks.Level(input.Impact, nameof(input.Impact), text, errors);
        if (kind is { } k && record.Treatments.Any(t => !Treatment.OptionsFor(k).Contains(t.Option)))
        {
            errors.Add(nameof(input.Kind), text["KindClashesWithTreatments"]);
        }
    }

    protected override void Apply(RiskInput input, Risk r)
    {
        if (r.Id == 0)
        {
            r.ContextId = input.ContextId!.Value;
            r.Number = (Db.Risks.Where(x => x.ContextId == r.ContextId).Max(x => (int?)x.Number) ?? 0) + 1;
        }

        r.Category = input.Category!.Trim();
        r.Kind = Choice.Parse<RiskKind>(input.Kind)!.Value;
        r.Event = input.Event!.Trim();
        r.Cause = Choice.Text(input.Cause);
        r.ImpactDescription = Choice.Text(input.ImpactDescription);
        r.ImpactArea = Choice.Parse<ImpactArea>(input.ImpactArea)!.Value;
        r.OwnerUnitId = input.OwnerUnitId!.Value;
        r.Likelihood = input.Likelihood!.Value;
        r.Impact = input.Impact!.Value;
    }
}
