using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.People.Citizens;

/// <summary>
/// /penduduk/{id}: first asks why the officer opens the record (GET), then shows it in full and logs the read
/// with the reason (POST). Outside the officer's area the record does not exist (404).
/// </summary>
[Authorize(Policy = Permissions.ReadCitizens)]
public sealed class RecordModel(CitizenSearch search, CitizenReader reader, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public CitizenListRow Summary { get; private set; } = null!;
    public CitizenRecord? Record { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var summary = await search.FindRowAsync(User, id, Permissions.ReadCitizens, ct);
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await reader.ReadAsync(User, id, Reason, Permissions.ReadCitizens, ct);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(Reason), refusal.Detail);
            return await OnGetAsync(id, ct);
        }

        Record = outcome.Value!;
        Summary = (await search.FindRowAsync(User, id, Permissions.ReadCitizens, ct))!;
        CanEdit = (await authorization.AuthorizeAsync(User, new InRegion(Record.VillageCode), Permissions.ManageCitizens)).Succeeded;
        return Page();
    }
}
