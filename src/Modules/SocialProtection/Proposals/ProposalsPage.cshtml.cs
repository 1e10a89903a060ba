using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Proposals;

/// <summary>/perlinsos/usulan: usul and sanggah of the area; the desa proposes, the kecamatan verifies, the Dinas Sosial decides.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class ProposalsPageModel(PerlinsosDb db, ProposalEditor editor, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];
    public IReadOnlyDictionary<int, string> ProgramNames { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<(string Code, string Name)> Programs { get; private set; } = [];
    public bool CanPropose { get; private set; }
    public bool CanVerify { get; private set; }
    public bool CanDecide { get; private set; }

    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Minutes { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        await using var stream = Minutes?.OpenReadStream();
        return await After(await editor.ProposeAsync(Input, stream, User, ct), nameof(Input), ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(int id, bool passed, CancellationToken ct) =>
        await After(await editor.VerifyAsync(id, passed, Note, User, ct), "", ct);

    public async Task<IActionResult> OnPostDecideAsync(int id, bool accept, CancellationToken ct) =>
        (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded
            ? await After(await editor.DecideAsync(id, accept, Note, ct), "", ct)
            : Forbid();

    private async Task<IActionResult> After(Outcome<Proposal> outcome, string prefix, CancellationToken ct)
    {
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, prefix);
            await LoadAsync(ct);
            return Page();
        }

        return Redirect("/perlinsos/usulan#u-" + outcome.Value!.Id);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Proposals = await db.Proposals.AsNoTracking().Where(OfficerArea.For(User, Permissions.ReadPerlinsos).Filter<Proposal>(p => p.VillageCode))
            .OrderByDescending(p => p.Id).Take(200).ToListAsync(ct);
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Priority).ToListAsync(ct);
        ProgramNames = programs.ToDictionary(p => p.Id, p => p.Name);
        Programs = programs.Where(p => p.Active).Select(p => (p.Code, p.Name)).ToList();
        CanPropose = (await authorization.AuthorizeAsync(User, Permissions.ProposePerlinsos)).Succeeded;
        CanVerify = (await authorization.AuthorizeAsync(User, Permissions.VerifyPerlinsosProposals)).Succeeded;
        CanDecide = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
    }
}
