using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Organisations;
using Pamong.SpbeAssessment.Opd;

namespace Pamong.SpbeAssessment.Records;

/// <summary>A register's list page: search by name (q) and owning OPD (opd); add and edit links for those who may change it.</summary>
public abstract class RegisterListModel<TRow>(OpdDirectory opd, IAuthorizationService authorization) : PageModel, IRegisterSearch
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "opd")]
    public int? UnitId { get; set; }

    public IReadOnlyList<TRow> Rows { get; private set; } = [];

    public IReadOnlyList<OrganisationUnit> OpdOptions { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || UnitId is not null;

    [TempData]
    public string? Message { get; set; }

    /// <summary>The rows matching <see cref="Q"/> and <see cref="UnitId"/>.</summary>
    protected abstract Task<IReadOnlyList<TRow>> FindAsync(CancellationToken ct);

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        OpdOptions = await opd.OptionsAsync(ct);
        Rows = await FindAsync(ct);
    }
}

/// <summary>What the search form above a register shows.</summary>
public interface IRegisterSearch
{
    string? Q { get; }

    int? UnitId { get; }

    IReadOnlyList<OrganisationUnit> OpdOptions { get; }
}
