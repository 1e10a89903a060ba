using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Official;

/// <summary>/spbe/{year}/perbandingan: the self-assessment next to the official result, differences highlighted.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class ComparisonPageModel(PeriodSummaries summaries, IAuthorizationService authorization) : PageModel
{
    public PeriodSummary Summary { get; private set; } = null!;

    public IReadOnlyList<Comparison.Row> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "beda")]
    public bool OnlyDifferences { get; set; }

    public bool CanManage { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (await summaries.ForYearAsync(year, ct) is not { } summary)
        {
            return NotFound();
        }

        Summary = summary;
        Rows = Comparison.Of(summary).Where(r => !OnlyDifferences || r.Differs).ToList();
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        return Page();
    }
}
