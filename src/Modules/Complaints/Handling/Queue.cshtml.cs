using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Complaints.Deadlines;
using Pamong.Platform.Accounts;
using Pamong.Platform.Organisations;
using Pamong.Platform.Web;

namespace Pamong.Complaints.Handling;

/// <summary>/pengaduan/antrean: the complaints the officer may see, with deadlines, overdue ones highlighted; filters, sorting, paging.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class QueueModel(ComplaintQueue queue, ComplaintUnits units, ComplaintCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "terlambat")]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "urut")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<QueueRow> Found { get; private set; } = new([], 1, Paging.DefaultSize, 0);

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public ComplaintOfficer Officer { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool Filtered => Status is not (null or "open") || !string.IsNullOrEmpty(Unit) || Overdue || !string.IsNullOrEmpty(Q) || !string.IsNullOrEmpty(Sort);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Officer = ComplaintOfficer.Of(User);
        if (!Officer.IsOfficer)
        {
            return Forbid();
        }

        Status ??= "open";
        Found = await queue.SearchAsync(Officer, new QueueFilter { Status = Status, Unit = Unit, Overdue = Overdue, Q = Q, Sort = Sort, Page = PageNumber }, ct);
        Units = Officer.ReadsAll ? await units.AllAsync(ct) : [];
        Today = calendar.Today;
        return Page();
    }
}
