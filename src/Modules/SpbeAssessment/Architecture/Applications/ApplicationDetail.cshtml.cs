using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Architecture.Integrations;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>/spbe/arsitektur/aplikasi/{key}: one application (stored or Pamong's own), its data sets and integrations.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class ApplicationDetailModel(ApplicationCatalog catalog, ArchitectureRegisters registers, IntegrationList integrations, IAuthorizationService authorization) : PageModel
{
    public ApplicationRow Application { get; private set; } = null!;

    public IReadOnlyList<DataSetRow> DataSets { get; private set; } = [];

    public IReadOnlyList<IntegrationRow> Integrations { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (ApplicationKey.Parse(key) is not { } parsed || await catalog.FindAsync(parsed, ct) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        DataSets = (await registers.DataSetsAsync(ct)).Where(d => application.DataSetIds.Contains(d.Id)).ToList();
        Integrations = (await integrations.AllAsync(ct)).Where(i => i.From == application.Key || i.To == application.Key).ToList();
        CanManage = !application.Automatic && (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        return Page();
    }
}
