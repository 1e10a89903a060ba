using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Targets;

/// <summary>/spbe/target/pilih?tahun=2026: the year chosen on the targets page, sent to that year's target form.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class ChooseTargetModel : PageModel
{
    public IActionResult OnGet([FromQuery(Name = "tahun")] int? year) =>
        PeriodYears.Valid(year) ? Redirect($"/spbe/target/{year}") : Redirect("/spbe/target");
}
