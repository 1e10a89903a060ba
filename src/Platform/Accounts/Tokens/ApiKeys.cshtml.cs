using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>/admin/kunci-api: API keys of partner systems, bound to this Pemda, with scopes (administrators).</summary>
[Authorize(Policy = Permissions.ManageApiKeys)]
public sealed class ApiKeysModel(ApiCredentials credentials, TimeProvider clock, IStringLocalizer<AccountText> text) : AccountPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Partner { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public string? ExpiresOn { get; set; }

    [BindProperty]
    public string? RateLimit { get; set; }

    public IReadOnlyList<ApiToken> Keys { get; private set; } = [];

    public IssuedToken? Issued { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Keys = await credentials.KeysAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        DateOnly? expires = null;
        if (!string.IsNullOrWhiteSpace(ExpiresOn))
        {
            if (DateOnly.TryParseExact(ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                expires = day;
            }
            else
            {
                ModelState.AddModelError(nameof(ExpiresOn), text["token_expiry_invalid", ApiCredentials.MaximumDays]);
            }
        }

        int? limit = null;
        if (!string.IsNullOrWhiteSpace(RateLimit))
        {
            if (int.TryParse(RateLimit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                limit = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(RateLimit), text["rate_limit_invalid"]);
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var outcome = await credentials.IssueKeyAsync(new NewApiKey(Name, Partner, Scopes, expires, limit));
            Issued = outcome.Value;
            outcome.Refusal?.CopyTo(ModelState, "");
            if (outcome.Refusal is null)
            {
                (Name, Partner, Scopes, ExpiresOn, RateLimit) = (null, null, [], null, null);
            }
        }

        Keys = await credentials.KeysAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        if (!await credentials.RevokeAsync(id, null))
        {
            return NotFound();
        }

        Notice = text["ApiKeyRevoked"];
        return RedirectToPage();
    }
}
