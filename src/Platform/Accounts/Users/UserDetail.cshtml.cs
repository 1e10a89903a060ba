using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Users;

/// <summary>/admin/pengguna/{id}: one account with its grants; grant a role at a unit, lock, unlock, reset 2FA or password.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class UserDetailModel(UserDirectory directory, UserAdministration admin, PamongDb db, IStringLocalizer<AccountText> text) : AccountPageModel
{
    private const int UnitResults = 20;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "unitq")]
    public string? UnitQuery { get; set; }

    [BindProperty]
    public int? UnitId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public UserDetails Account { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> UnitMatches { get; private set; } = [];

    /// <summary>After a password reset: shown once, on this answer only.</summary>
    public string? NewPassword { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        var outcome = await admin.GrantAsync(Id, new NewGrant(Role, UnitId, null));
        return await AfterAsync(outcome.Refusal, text["GrantAdded"]);
    }

    public async Task<IActionResult> OnPostLockAsync() => await AfterAsync((await admin.LockAsync(Id, Reason)).Refusal, text["AccountLocked"]);

    public async Task<IActionResult> OnPostUnlockAsync() => await AfterAsync((await admin.UnlockAsync(Id, Reason)).Refusal, text["AccountUnlocked"]);

    public async Task<IActionResult> OnPostResetTwoFactorAsync() =>
        await AfterAsync((await admin.ResetTwoFactorAsync(Id, Reason)).Refusal, text["TwoFactorReset"]);

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        var outcome = await admin.ResetPasswordAsync(Id, Reason);
        if (outcome.Refusal is not null)
        {
            return await AfterAsync(outcome.Refusal, "");
        }

        NewPassword = outcome.Value;
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<IActionResult> AfterAsync(Refusal? refusal, string notice)
    {
        if (refusal?.Code == "user_not_found")
        {
            return NotFound();
        }

        if (refusal is null)
        {
            Notice = notice;
            return Redirect("/admin/pengguna/" + Id);
        }

        refusal.CopyTo(ModelState, "");
        return await LoadAsync() ? Page() : NotFound();
    }

#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is translated to SQL lower(); no .NET culture is involved.
    private async Task<bool> LoadAsync()
    {
        if (await directory.FindAsync(Id) is not { } account)
        {
            return false;
        }

        Account = account;
        if (UnitQuery?.Trim() is { Length: > 0 } q && Roles.All.Contains(Role ?? ""))
        {
            var kinds = RoleUnitRules.UnitKindsFor(Role!).ToList();
            var lower = q.ToLowerInvariant();
            UnitMatches = await db.OrganisationUnits.AsNoTracking()
                .Where(u => u.Active && kinds.Contains(u.Kind) && (u.Name.ToLower().Contains(lower) || u.Code.StartsWith(q)))
                .OrderBy(u => u.Code).Take(UnitResults).ToListAsync();
        }

        return true;
    }
#pragma warning restore CA1304, CA1311, CA1862
}
