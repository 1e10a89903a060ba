using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Pamong.Platform.Accounts.Users;

/// <summary>/admin/pengguna/baru: a staff account (roles are granted on its page afterwards).</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class CreateUserModel(UserAdministration admin) : AccountPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Nip { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Set when the system chose the password: shown once, on this answer only.</summary>
    public StaffAccountCreated? Created { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await admin.CreateStaffAsync(new NewStaffAccount(UserName, FullName, Nip, Email, Password));
        if (outcome.Refusal is not null)
        {
            outcome.Refusal.CopyTo(ModelState, "");
            return Page();
        }

        if (outcome.Value!.GeneratedPassword is null)
        {
            return Redirect("/admin/pengguna/" + outcome.Value.Id);
        }

        Created = outcome.Value;
        return Page();
    }
}
