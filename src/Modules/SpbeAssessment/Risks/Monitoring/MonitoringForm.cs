using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks.Monitoring;

/// <summary>The page /spbe/risiko/penanganan/{treatmentId}/pemantauan/baru: report on a treatment.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class MonitoringFormModel(MonitoringEditor editor, OpdDirectory opd, SpbeDb db, TimeProvider clock, IStringLocalizer<RiskText> text)
    : RecordFormModel<MonitoringEntry, MonitoringInput>(editor, opd)
{
    public Treatment? Treatment { get; private set; }

    public override string ListHref => Treatment is null ? "/spbe/risiko" : "/spbe/risiko/" + Treatment.RiskId.ToString(CultureInfo.InvariantCulture) + "#penanganan";

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override MonitoringInput ToInput(MonitoringEntry record) => new();

    protected override void PrepareInput(bool fresh)
    {
        if (int.TryParse(RouteData.Values["treatmentId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var treatmentId))
        {
            Input.TreatmentId = treatmentId;
        }

        if (fresh)
        {
            (Input.Date, Input.Status) = (clock.WibToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nameof(MonitoringStatus.InProgress));
        }
    }

    protected override string Destination(MonitoringEntry saved) => ListHref;

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        Treatment = await db.RiskTreatments.AsNoTracking().Include(t => t.Monitoring).FirstOrDefaultAsync(t => t.Id == Input.TreatmentId, ct);
        if (Treatment is not null && Input.ResidualLikelihood is null && Treatment.Latest is { } latest)
        {
            (Input.ResidualLikelihood, Input.ResidualImpact, Input.Progress) = (latest.ResidualLikelihood, latest.ResidualImpact, latest.Progress);
        }
    }
}
