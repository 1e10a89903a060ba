using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.Platform.Modules;

/// <summary>The administrator switches the Pemda's modules on and off (adoption step by step).</summary>
[Authorize(Policy = Permissions.ManageModules)]
public sealed class ModuleSwitchesModel(ModuleCatalog catalog, PamongDb db) : PageModel
{
    public IReadOnlyList<PamongModule> Modules => catalog.All;

    public IReadOnlySet<string> Enabled { get; private set; } = new HashSet<string>();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => Enabled = await catalog.EnabledAsync(db);

    public async Task<IActionResult> OnPostAsync(string module, bool enable)
    {
        if (catalog.Find(module) is null)
        {
            return NotFound();
        }

        await catalog.SwitchAsync(db, module, enable);
        Message = module;
        return RedirectToPage();
    }
}
