using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Programs;

/// <summary>/perlinsos/program/ubah (new) and /perlinsos/program/ubah/{code}: a program's rules, benefit, quotas and exclusivity.</summary>
[Authorize(Policy = Permissions.ManagePerlinsos)]
public sealed class ProgramFormPageModel(PerlinsosDb db, ProgramEditor editor) : PageModel
{
    [BindProperty]
    public ProgramInput Input { get; set; } = new();

    [BindProperty]
    public string? ComponentsText { get; set; }

    [BindProperty]
    public string? QuotasText { get; set; }

    public string? Code { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        Code = code;
        if (code is not null)
        {
            var program = await db.Programs.AsNoTracking().Include(p => p.Components).Include(p => p.Quotas).FirstOrDefaultAsync(p => p.Code == code, ct);
            if (program is null)
            {
                return NotFound();
            }

            Input = ProgramInput.From(program);
            ComponentsText = ProgramFormText.Components(Input.Components);
            QuotasText = ProgramFormText.Quotas(Input.Quotas);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        Code = code;
        Input.Components = ProgramFormText.ParseComponents(ComponentsText);
        Input.Quotas = ProgramFormText.ParseQuotas(QuotasText);
        var outcome = code is null ? await editor.CreateAsync(Input, ct) : await editor.UpdateAsync(code, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }

        return Redirect("/perlinsos/program#p-" + outcome.Value!.Code);
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Others = (await db.Programs.AsNoTracking().Where(p => p.Code != Code).OrderBy(p => p.Priority).Select(p => new { p.Code, p.Name }).ToListAsync(ct))
            .Select(p => (p.Code, p.Name)).ToList();
}
