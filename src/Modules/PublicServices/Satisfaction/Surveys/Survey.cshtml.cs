using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>
/// /layanan/permohonan/{number}/survei: the IKM questionnaire of a completed application, filled once by the
/// applicant, or typed in from the paper questionnaire by an officer of the applicant's area.
/// </summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class SurveyModel(SubmitSurvey surveys) : PageModel
{
    [BindProperty]
    public SurveyForm Input { get; set; } = new();

    public string Number { get; private set; } = "";

    public SurveyTarget? Target { get; private set; }

    /// <summary>Why the questionnaire cannot be filled (already filled, not completed), shown instead of the form.</summary>
    public Refusal? Closed { get; private set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, bool terkirim, CancellationToken ct)
    {
        Number = number;
        Sent = terkirim;
        return await LoadAsync(number, ct);
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken ct)
    {
        Number = number;
        var outcome = await surveys.SubmitAsync(number, Input.ToInput(), User, ct);
        if (outcome.Refusal is { Status: StatusCodes.Status400BadRequest } invalid)
        {
            invalid.CopyTo(ModelState, nameof(Input));
            return await LoadAsync(number, ct);
        }

        if (outcome.Refusal is not null)
        {
            return await LoadAsync(number, ct);
        }

        return Redirect($"/layanan/permohonan/{Uri.EscapeDataString(number)}/survei?terkirim=true");
    }

    private async Task<IActionResult> LoadAsync(string number, CancellationToken ct)
    {
        var target = await surveys.TargetAsync(number, User, ct);
        switch (target.Refusal?.Status)
        {
            case StatusCodes.Status404NotFound:
                return NotFound();
            case StatusCodes.Status403Forbidden:
                return Forbid();
            case StatusCodes.Status409Conflict:
                Closed = target.Refusal;
                return Page();
            default:
                Target = target.Value;
                return Page();
        }
    }
}
