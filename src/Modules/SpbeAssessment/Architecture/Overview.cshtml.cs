using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Opd;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>/spbe/arsitektur: how much the inventory holds, and what each OPD owns.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class OverviewModel(ArchitectureOverview overview, ArchitectureRegisters registers, ApplicationCatalog applications, OpdDirectory opd,
    IAuthorizationService authorization) : PageModel
{
    public sealed record OpdCounts(int UnitId, string Name, int BusinessProcesses, int DataSets, int Applications);

    public ArchitectureApi.Overview Counts { get; private set; } = null!;

    public IReadOnlyList<OpdCounts> ByOpd { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        Counts = await overview.CountAsync(ct);
        var processes = await registers.BusinessProcessesAsync(ct);
        var data = await registers.DataSetsAsync(ct);
        var apps = await applications.AllAsync(ct);
        ByOpd = (await opd.OptionsAsync(ct))
            .Select(u => new OpdCounts(u.Id, u.Name, processes.Count(p => p.OwnerUnitId == u.Id), data.Count(d => d.OwnerUnitId == u.Id), apps.Count(a => a.OwnerUnitId == u.Id)))
            .ToList();
    }
}
