using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>/layanan/survei/kertas: an officer types in a paper questionnaire; first the application's number.</summary>
[Authorize(Policy = Permissions.EnterServiceSurveys)]
public sealed class EnterPaperSurveyModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public IActionResult OnGet() =>
        string.IsNullOrWhiteSpace(Number) ? Page() : Redirect($"/layanan/permohonan/{Uri.EscapeDataString(Number.Trim())}/survei");
}
