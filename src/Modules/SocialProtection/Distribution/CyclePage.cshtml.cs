using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Distribution;

/// <summary>/perlinsos/penyaluran/{id}: the reconciliation of a stage and its recipients, each recorded in the field with proof.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class CyclePageModel(PerlinsosDb db, Reconciliation reconciliation, HandOverRecorder recorder, IAuthorizationService authorization) : PageModel
{
    public ReconciliationReport Report { get; private set; } = null!;
    public IReadOnlyList<HandOver> Recipients { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public bool CanReturn { get; private set; }

    [BindProperty]
    public HandOverInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Proof { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecordAsync(int id, long handOverId, CancellationToken ct)
    {
        if (Proof is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await Proof.CopyToAsync(buffer, ct);
            Input.ProofBase64 = Convert.ToBase64String(buffer.ToArray());
        }

        var outcome = await recorder.RecordAsync(handOverId, Input, User, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/perlinsos/penyaluran/{id}?village={Village}#h-{handOverId}");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, long handOverId, CancellationToken ct)
    {
        var outcome = await recorder.ReturnAsync(handOverId, null, User, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/perlinsos/penyaluran/{id}?village={Village}#h-{handOverId}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await reconciliation.ForAsync(id, ct) is not { } report)
        {
            return false;
        }

        Report = report;
        var query = db.HandOvers.AsNoTracking().Where(h => h.CycleId == id).Where(OfficerArea.For(User, Permissions.ReadPerlinsos).Filter<HandOver>(h => h.VillageCode));
        if (!string.IsNullOrWhiteSpace(Village))
        {
            query = query.Where(h => h.VillageCode == Village);
        }

        Recipients = await query.OrderBy(h => h.VillageCode).ThenBy(h => h.HeadName).Take(300).ToListAsync(ct);
        CanRecord = (await authorization.AuthorizeAsync(User, Permissions.RecordPerlinsosDistribution)).Succeeded;
        CanReturn = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
        return true;
    }
}
