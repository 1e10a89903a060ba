using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Appeals;

/// <summary>/perlinsos/sanggah: a resident (or an agent with consent) appeals; the desa re-verifies; the Dinas Sosial decides.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class AppealsPageModel(PerlinsosDb db, PamongDb platform, AppealEditor editor, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Appeal> Appeals { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Programs { get; private set; } = [];
    public bool CanVerify { get; private set; }
    public bool CanDecide { get; private set; }

    [BindProperty]
    public AppealInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int? CorrectedDecile { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Input.Nik ??= await platform.Users.Where(u => u.Id == id).Select(u => u.Nik).FirstOrDefaultAsync(ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostFileAsync(CancellationToken ct)
    {
        if (Evidence is { Length: > 0 and <= Uploads.UploadStore.MaxBytes })
        {
            using var buffer = new MemoryStream();
            await Evidence.CopyToAsync(buffer, ct);
            Input.EvidenceBase64 = Convert.ToBase64String(buffer.ToArray());
        }
        else if (Evidence is { Length: > 0 })
        {
            Input.EvidenceBase64 = "-";
        }

        return await After(await editor.FileAsync(Input, User, ct), nameof(Input), ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(int id, CancellationToken ct) =>
        (await authorization.AuthorizeAsync(User, Permissions.VerifyPerlinsos)).Succeeded
            ? await After(await editor.VerifyAsync(id, Note, CorrectedDecile, User, ct), "", ct)
            : Forbid();

    public async Task<IActionResult> OnPostDecideAsync(int id, bool uphold, CancellationToken ct) =>
        (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded
            ? await After(await editor.DecideAsync(id, uphold, Note, ct), "", ct)
            : Forbid();

    private async Task<IActionResult> After(Outcome<Appeal> outcome, string prefix, CancellationToken ct)
    {
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, prefix);
            await LoadAsync(ct);
            return Page();
        }

        return Redirect("/perlinsos/sanggah#a-" + outcome.Value!.Id);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanVerify = (await authorization.AuthorizeAsync(User, Permissions.VerifyPerlinsos)).Succeeded;
        CanDecide = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
        var name = User.Identity?.Name ?? "";
        var query = CanVerify
            ? db.Appeals.AsNoTracking().Where(OfficerArea.For(User, Permissions.VerifyPerlinsos).Filter<Appeal>(a => a.VillageCode))
            : db.Appeals.AsNoTracking().Where(a => a.FiledBy == name);
        Appeals = await query.OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);
        Programs = (await db.Programs.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Priority).Select(p => new { p.Code, p.Name }).ToListAsync(ct)).Select(p => (p.Code, p.Name)).ToList();
    }
}
