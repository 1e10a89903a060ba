using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Complaints.Deadlines;
using Pamong.Platform.Accounts;
using Pamong.Platform.Organisations;
using Pamong.Platform.Web;

namespace Pamong.Complaints.Handling;

/// <summary>/pengaduan/{id}: one complaint for officers — facts, attachments, the full timeline, and the steps the officer may take.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class DetailModel(ComplaintActions actions, ComplaintUnits units, ComplaintCalendar calendar, IStringLocalizer<ComplaintText> text) : PageModel
{
    [BindProperty]
    public RouteInput Route { get; set; } = new();

    [BindProperty]
    public ReasonInput Reject { get; set; } = new();

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    [BindProperty]
    public ReasonInput Close { get; set; } = new();

    public Complaint Complaint { get; private set; } = null!;

    public ComplaintOfficer Officer { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public string? VillageName { get; private set; }

    public DateOnly Today { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => ShowAsync(id, ct);

    public Task<IActionResult> OnPostRouteAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Route), o => actions.RouteAsync(o, id, Route, ct), "Routed", ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Reject), o => actions.RejectAsync(o, id, Reject, ct), "Rejected", ct);

    public Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Answer), o => actions.AnswerAsync(o, id, Answer, ct), "Answered", ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Close), o => actions.CloseAsync(o, id, Close, ct), "Closed", ct);

    private async Task<IActionResult> StepAsync(int id, string form, Func<ComplaintOfficer, Task<Outcome<Complaint>>> step, string done, CancellationToken ct)
    {
        var outcome = await step(ComplaintOfficer.Of(User));
        if (outcome.Refusal is { } refusal)
        {
            if (refusal.Status == StatusCodes.Status404NotFound)
            {
                return NotFound();
            }

            refusal.CopyTo(ModelState, form);
            return await ShowAsync(id, ct);
        }

        Message = text["Done_" + done];
        return Redirect($"/pengaduan/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Officer = ComplaintOfficer.Of(User);
        if (!Officer.IsOfficer)
        {
            return Forbid();
        }

        var found = await actions.FindAsync(Officer, id, ct);
        if (found.Value is null)
        {
            return NotFound();
        }

        Complaint = found.Value;
        Today = calendar.Today;
        Units = Officer.Manages ? await units.AllAsync(ct) : [];
        VillageName = await units.VillageNameAsync(Complaint.VillageCode, ct);
        Route.UnitCode ??= Complaint.UnitCode;
        return Page();
    }
}
