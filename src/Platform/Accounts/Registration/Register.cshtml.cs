using Microsoft.AspNetCore.Mvc;

namespace Pamong.Platform.Accounts.Registration;

/// <summary>/daftar: a citizen registers an account with NIK, KK number and a phone or e-mail.</summary>
public sealed class RegisterModel(CitizenRegistration registration, VillageChoices villages) : RegistrationForm
{
    public override bool Assisted => false;

    public async Task OnGetAsync() => Villages = await villages.AllAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await registration.RegisterAsync(Filled());
        if (outcome.Refusal is null)
        {
            return ToVerification(outcome.Value!);
        }

        outcome.Refusal.CopyTo(ModelState, "");
        Villages = await villages.AllAsync();
        return Page();
    }
}
