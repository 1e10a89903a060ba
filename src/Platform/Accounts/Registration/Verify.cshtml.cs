using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Pamong.Platform.Accounts.Registration;

/// <summary>/daftar/verifikasi: the one-time code confirms the registration (the citizen, or the operator with the citizen present).</summary>
public sealed class VerifyModel(CitizenRegistration registration, IStringLocalizer<AccountText> text) : AccountPageModel
{
    [BindProperty]
    public string? Nik { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public string? SentTo { get; private set; }

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public string? Notice { get; private set; }

    public void OnGet()
    {
        Nik = TempData["RegistrationNik"] as string;
        SentTo = TempData["RegistrationSentTo"] as string;
        Warnings = (TempData["RegistrationWarnings"] as string ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await registration.ConfirmAsync(Nik, Code);
        if (outcome.Refusal is not null)
        {
            outcome.Refusal.CopyTo(ModelState, "");
            return Page();
        }

        TempData["Notice"] = text["RegistrationConfirmed", outcome.Value!.UserName].Value;
        return User.Identity?.IsAuthenticated == true ? Redirect("/akun-warga/baru") : Redirect("/masuk");
    }

    public async Task<IActionResult> OnPostResendAsync()
    {
        var outcome = await registration.ResendAsync(Nik);
        if (outcome.Refusal is null)
        {
            SentTo = outcome.Value!.SentTo;
            Notice = text["CodeResent", SentTo];
        }
        else
        {
            outcome.Refusal.CopyTo(ModelState, "");
        }

        return Page();
    }
}
