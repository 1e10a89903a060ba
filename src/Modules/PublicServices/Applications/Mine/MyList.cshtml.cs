using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Applications.Mine;

/// <summary>/layanan/permohonan-saya: the citizen's applications with their status and current step.</summary>
[Authorize(Policy = Permissions.ApplyForServices)]
public sealed class MyListModel(MyApplications mine) : PageModel
{
    public IReadOnlyList<MineRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await mine.ListAsync(User, ct);
}
