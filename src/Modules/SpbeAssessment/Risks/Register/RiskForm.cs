using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Contexts;

namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>The pages /spbe/risiko/baru?konteks={id} and /spbe/risiko/{id}/ubah: identify and analyse a risk.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class RiskFormModel(RiskEditor editor, OpdDirectory opd, SpbeDb db, IStringLocalizer<RiskText> text)
    : RecordFormModel<Risk, RiskInput>(editor, opd)
{
    public RiskContext? Context { get; private set; }

    public override string ListHref => "/spbe/risiko" + (Input.ContextId is { } id ? "?konteks=" + id.ToString(CultureInfo.InvariantCulture) : "");

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override RiskInput ToInput(Risk record) => RiskInput.From(record);

    protected override void PrepareInput(bool fresh)
    {
        if (Id is null && int.TryParse(Request.Query["konteks"], NumberStyles.None, CultureInfo.InvariantCulture, out var contextId))
        {
            Input.ContextId = contextId;
        }

        if (fresh)
        {
            (Input.Kind, Input.Likelihood, Input.Impact) = (nameof(RiskKind.Negative), 3, 3);
        }
    }

    protected override string Destination(Risk saved) => "/spbe/risiko/" + saved.Id.ToString(CultureInfo.InvariantCulture);

    protected override string AfterDelete(Risk deleted) => "/spbe/risiko?konteks=" + deleted.ContextId.ToString(CultureInfo.InvariantCulture);

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        var contextId = Id is { } id ? await db.Risks.Where(r => r.Id == id).Select(r => (int?)r.ContextId).FirstOrDefaultAsync(ct) : Input.ContextId;
        Context = await db.RiskContexts.AsNoTracking().Include(c => c.Categories).FirstOrDefaultAsync(c => c.Id == contextId, ct);
        Input.ContextId = Context?.Id;
    }
}
