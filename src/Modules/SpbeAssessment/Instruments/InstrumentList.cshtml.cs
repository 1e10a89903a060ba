using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>/spbe/instrumen: the shipped and stored instruments, and the years that use them.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class InstrumentListModel(InstrumentCatalog catalog, SpbeDb db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<InstrumentsApi.InstrumentRow> Rows { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var used = await InstrumentsApi.UsageAsync(db, ct);
        Rows = (await catalog.AllAsync(ct)).Select(e => InstrumentsApi.Row(e, used)).ToList();
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
    }
}
