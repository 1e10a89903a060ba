using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>/akun/token: an officer's personal access tokens for the API (made, listed, revoked; the secret shown once).</summary>
[Authorize(Policy = Permissions.UseApiTokens)]
public sealed class PersonalTokensModel(UserManager<PamongUser> users, ApiCredentials credentials, TimeProvider clock, IStringLocalizer<AccountText> text)
    : AccountPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ExpiresOn { get; set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public IssuedToken? Issued { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        ExpiresOn = LocalDate.Today(clock).AddDays(ApiCredentials.DefaultDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var date = DateOnly.TryParseExact(ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        if (date is null)
        {
            ModelState.AddModelError(nameof(ExpiresOn), text["token_expiry_invalid", ApiCredentials.MaximumDays]);
        }
        else
        {
            var outcome = await credentials.IssuePersonalAsync(user, new NewPersonalToken(Name, date));
            Issued = outcome.Value;
            outcome.Refusal?.CopyTo(ModelState, "");
            if (outcome.Refusal is null)
            {
                Name = null;
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !await credentials.RevokeAsync(id, user.Id))
        {
            return NotFound();
        }

        Notice = text["TokenRevoked"];
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        Tokens = user is null ? [] : await credentials.PersonalTokensAsync(user.Id);
    }
}
