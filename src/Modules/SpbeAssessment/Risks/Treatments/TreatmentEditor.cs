using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Register;

namespace Pamong.SpbeAssessment.Risks.Treatments;

/// <summary>
/// Adds, changes and deletes treatment plans. The option must fit the kind of risk; a threat's target
/// (residual) magnitude cannot be above its current magnitude.
/// </summary>
public sealed class TreatmentEditor(SpbeDb db, OpdDirectory opd, RiskMatrixStore matrices, IStringLocalizer<RiskText> text)
    : RecordEditor<Treatment, TreatmentInput>(db)
{
    protected override string Code => "treatment";

    protected override string NotFoundMessage => text["TreatmentNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override IQueryable<Treatment> Query() => Db.RiskTreatments.Include(t => t.Monitoring);

    protected override async Task CheckAsync(TreatmentInput input, Treatment record, FieldErrors errors, CancellationToken ct)
    {
        var riskId = record.Id == 0 ? input.RiskId : record.RiskId;
        var risk = riskId is null ? null : await Db.Risks.AsNoTracking().FirstOrDefaultAsync(r => r.Id == riskId, ct);
        if (risk is null)
        {
            errors.Add(nameof(input.RiskId), text["RiskNotFound"]);
        }

        var option = RiskChecks.Choice<TreatmentOption>(input.Option, nameof(input.Option), text, errors);
        if (risk is not null && option is { } o && !Treatment.OptionsFor(risk.Kind).Contains(o))
        {
            errors.Add(nameof(input.Option), text["OptionNotForKind", text["Option_" + o], text["Kind_" + risk.Kind]]);
        }

        RiskChecks.Text(input.Plan, nameof(input.Plan), 2000, required: true, text, errors);
        if (!await opd.IsOwnerAsync(input.OwnerUnitId, ct))
        {
            errors.Add(nameof(input.OwnerUnitId), text["OwnerRequired"]);
        }

        if (TreatmentInput.ParseDate(input.Deadline) is null)
        {
            errors.Add(nameof(input.Deadline), text["DateInvalid"]);
        }

        RiskChecks.Level(input.TargetLikelihood, nameof(input.TargetLikelihood), text, errors);
        RiskChecks.Level(input.TargetImpact, nameof(input.TargetImpact), text, errors);
        if (risk is { Kind: RiskKind.Negative } && input.TargetLikelihood is { } tl && input.TargetImpact is { } ti && RiskMatrix.IsLevel(tl) && RiskMatrix.IsLevel(ti))
        {
            var matrix = await matrices.LoadAsync(ct);
            if (matrix.Magnitude(tl, ti) > matrix.Magnitude(risk.Likelihood, risk.Impact))
            {
                errors.Add(nameof(input.TargetImpact), text["TargetAboveCurrent"]);
            }
        }
    }

    protected override void Apply(TreatmentInput input, Treatment t)
    {
        if (t.Id == 0)
        {
            t.RiskId = input.RiskId!.Value;
        }

        t.Option = Choice.Parse<TreatmentOption>(input.Option)!.Value;
        t.Plan = input.Plan!.Trim();
        t.OwnerUnitId = input.OwnerUnitId!.Value;
        t.Deadline = TreatmentInput.ParseDate(input.Deadline)!.Value;
        t.TargetLikelihood = input.TargetLikelihood!.Value;
        t.TargetImpact = input.TargetImpact!.Value;
    }
}
