using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Pamong.Platform.Accounts.Registration;

/// <summary>
/// /akun-warga/baru: a village (or kecamatan) operator registers a walk-in citizen of their area. The code goes
/// to the citizen's phone; the operator types it in with the citizen present, or the citizen confirms later.
/// </summary>
[Authorize(Policy = Permissions.RegisterCitizenAccounts)]
public sealed class AssistedRegisterModel(CitizenRegistration registration, VillageChoices villages) : RegistrationForm
{
    public override bool Assisted => true;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadVillagesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await registration.RegisterAsync(Filled(), User);
        if (outcome.Refusal is null)
        {
            return ToVerification(outcome.Value!);
        }

        outcome.Refusal.CopyTo(ModelState, "");
        if (outcome.Refusal.Status == StatusCodes.Status403Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        await LoadVillagesAsync();
        return Page();
    }

    private async Task LoadVillagesAsync()
    {
        var area = OfficerArea.For(User, Permissions.RegisterCitizenAccounts);
        Villages = (await villages.AllAsync()).Where(v => area.Covers(v.Code)).ToList();
    }
}
