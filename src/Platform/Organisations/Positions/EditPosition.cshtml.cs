using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.Platform.Organisations.Positions;

/// <summary>/organisasi/jabatan/{id}/ubah: renames a position, sets its grade, or deactivates it.</summary>
[Authorize(Policy = Permissions.ManageOrganisation)]
public sealed class EditPositionModel(PamongDb db, PositionEditor editor) : PageModel
{
    [BindProperty]
    public PositionInput Input { get; set; } = new();

    public Position Position { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        Input = new PositionInput { Name = Position.Name, Grade = Position.Grade, Active = Position.Active };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(id, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            return Page();
        }

        return Redirect($"/organisasi/{Position.UnitId}#jabatan");
    }

    private async Task<bool> FindAsync(int id, CancellationToken ct)
    {
        Position = (await db.Positions.AsNoTracking().Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id, ct))!;
        return Position is not null;
    }
}
