using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks.Monitoring;

/// <summary>Records monitoring reports: dated today or earlier (WIB), progress 0–100 %, and "done" only at 100 %.</summary>
public sealed class MonitoringEditor(SpbeDb db, TimeProvider clock, IStringLocalizer<RiskText> text) : RecordEditor<MonitoringEntry, MonitoringInput>(db)
{
    protected override string Code => "monitoring";

    protected override string NotFoundMessage => text["MonitoringNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override async Task CheckAsync(MonitoringInput input, MonitoringEntry record, FieldErrors errors, CancellationToken ct)
    {
        var treatmentId = record.Id == 0 ? input.TreatmentId : record.TreatmentId;
        if (treatmentId is null || !await Db.RiskTreatments.AnyAsync(t => t.Id == treatmentId, ct))
        {
            errors.Add(nameof(input.TreatmentId), text["TreatmentNotFound"]);
        }

        var date = TreatmentInput.ParseDate(input.Date);
        if (date is null)
        {
            errors.Add(nameof(input.Date), text["DateInvalid"]);
        }
        else if (date > clock.WibToday())
        {
            errors.Add(nameof(input.Date), text["DateInFuture"]);
        }

        if (input.Progress is not (>= 0 and <= 100))
        {
            errors.Add(nameof(input.Progress), text["ProgressInvalid"]);
        }

        if (RiskChecks.Choice<MonitoringStatus>(input.Status, nameof(input.Status), text, errors) == MonitoringStatus.Done && input.Progress is not 100)
        {
            errors.Add(nameof(input.Progress), text["DoneNeedsFullProgress"]);
        }

        RiskChecks.Level(input.ResidualLikelihood, nameof(input.ResidualLikelihood), text, errors);
        RiskChecks.Level(input.ResidualImpact, nameof(input.ResidualImpact), text, errors);
        RiskChecks.Text(input.Note, nameof(input.Note), 2000, required: false, text, errors);
    }

    protected override void Apply(MonitoringInput input, MonitoringEntry m)
    {
        if (m.Id == 0)
        {
            m.TreatmentId = input.TreatmentId!.Value;
        }

        m.Date = TreatmentInput.ParseDate(input.Date)!.Value;
        m.Progress = input.Progress!.Value;
        m.Status = Choice.Parse<MonitoringStatus>(input.Status)!.Value;
        m.ResidualLikelihood = input.ResidualLikelihood!.Value;
        m.ResidualImpact = input.ResidualImpact!.Value;
        m.Note = Choice.Text(input.Note);
    }
}
