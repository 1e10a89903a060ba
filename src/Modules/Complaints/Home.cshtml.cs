using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Handling;

namespace Pamong.Complaints;

/// <summary>/pengaduan: how complaints work here (with the Pemda's deadlines), and the ways in.</summary>
public sealed class HomeModel(ComplaintCalendar calendar) : PageModel
{
    public ComplaintSettings Settings { get; private set; } = new();

    public bool IsOfficer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = await calendar.SettingsAsync(ct);
        IsOfficer = ComplaintOfficer.Of(User).IsOfficer;
    }
}
