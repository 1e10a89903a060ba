using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Register;

namespace Pamong.SpbeAssessment.Risks.Treatments;

/// <summary>The pages /spbe/risiko/{riskId}/penanganan/baru and /spbe/risiko/penanganan/{id}/ubah: plan a risk's treatment.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class TreatmentFormModel(TreatmentEditor editor, OpdDirectory opd, SpbeDb db, TimeProvider clock, IStringLocalizer<RiskText> text)
    : RecordFormModel<Treatment, TreatmentInput>(editor, opd)
{
    public Risk? Risk { get; private set; }

    public override string ListHref => Input.RiskId is { } id ? "/spbe/risiko/" + id.ToString(CultureInfo.InvariantCulture) : "/spbe/risiko";

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override TreatmentInput ToInput(Treatment record) => TreatmentInput.From(record);

    protected override void PrepareInput(bool fresh)
    {
        if (Id is null && int.TryParse(RouteData.Values["riskId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var riskId))
        {
            Input.RiskId = riskId;
        }

        if (fresh)
        {
            Input.Deadline = clock.WibToday().AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    protected override string Destination(Treatment saved) => "/spbe/risiko/" + saved.RiskId.ToString(CultureInfo.InvariantCulture) + "#penanganan";

    protected override string AfterDelete(Treatment deleted) => Destination(deleted);

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        var riskId = Id is { } id ? await db.RiskTreatments.Where(t => t.Id == id).Select(t => (int?)t.RiskId).FirstOrDefaultAsync(ct) : Input.RiskId;
        Risk = await db.Risks.AsNoTracking().FirstOrDefaultAsync(r => r.Id == riskId, ct);
        Input.RiskId = Risk?.Id;
        if (Risk is not null && Input.Option is null)
        {
            Input.Option = Treatment.OptionsFor(Risk.Kind)[0].ToString();
            (Input.TargetLikelihood, Input.TargetImpact) = (Risk.Likelihood, Risk.Impact);
            Input.OwnerUnitId ??= Risk.OwnerUnitId;
        }
    }
}
