using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.Integrations;

namespace Pamong.SpbeAssessment.Architecture.Map;

/// <summary>/spbe/arsitektur/peta: which applications exchange data, as a drawing and as a table.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class MapPageModel(ApplicationCatalog applications, IntegrationList integrations, IStringLocalizer<ArchitectureText> text) : PageModel
{
    public string Svg { get; private set; } = "";

    public IReadOnlyList<IntegrationRow> Integrations { get; private set; } = [];

    public int ApplicationCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var nodes = await applications.AllAsync(ct);
        Integrations = await integrations.AllAsync(ct);
        ApplicationCount = nodes.Count;
        Svg = ArchitectureMap.Svg(nodes, Integrations, "peta", text["MapTitle"], text["MapDescription", nodes.Count, Integrations.Count]);
    }
}
