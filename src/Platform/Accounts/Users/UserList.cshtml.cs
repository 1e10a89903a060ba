using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Users;

/// <summary>/admin/pengguna: the Pemda's accounts, searched, filtered by role and unit, sorted and paged.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class UserListModel(UserDirectory directory, PamongDb db) : AccountPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "ukuran")]
    public int? PageSize { get; set; }

    public Paged<UserSummary> Result { get; private set; } = null!;

    public IReadOnlyList<(string Code, string Name)> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Result = await directory.SearchAsync(new UserQuery(Q, Role, Unit, Sort, PageNumber, PageSize));
        Units = (await db.OrganisationUnits.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync())
            .Select(u => (u.Code, u.Name)).ToList();
    }

    /// <summary>This list's address with one parameter changed (sort or page), keeping the others.</summary>
    public string Link(string? sort = null, int? page = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("q", Q);
        Add("role", Role);
        Add("unit", Unit);
        Add("sort", sort ?? Sort);
        Add("ukuran", PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("halaman", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return "/admin/pengguna" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    /// <summary>aria-sort for a column header.</summary>
    public string? AriaSort(string column) =>
        (Sort ?? "name") == column ? "ascending" : Sort == "-" + column ? "descending" : null;
}
