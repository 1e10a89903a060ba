using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>/spbe: the module's home — every year with its self-assessment, target and official result.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class HomeModel(PeriodSummaries summaries, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PeriodSummary> Periods { get; private set; } = [];

    public IReadOnlyList<HistoryPoint> History { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Periods = await summaries.AllAsync(ct);
        History = await summaries.HistoryAsync(ct);
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
    }

    public HistoryPoint? LatestOfficial => History.LastOrDefault(h => h.Official is not null);

    public PeriodSummary? Open => Periods.FirstOrDefault(p => !p.ReadOnly);
}
