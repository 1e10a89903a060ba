using Microsoft.AspNetCore.Mvc;

namespace Pamong.Platform.Accounts.Registration;

/// <summary>The registration form shared by /daftar (citizens) and /akun-warga/baru (operators for walk-in citizens).</summary>
public abstract class RegistrationForm : AccountPageModel
{
    [BindProperty]
    public string? Nik { get; set; }

    [BindProperty]
    public string? KkNumber { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? VillageCode { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IReadOnlyList<VillageChoice> Villages { get; protected set; } = [];

    /// <summary>Whether an operator fills the form for a citizen (the texts speak of "the citizen").</summary>
    public abstract bool Assisted { get; }

    protected RegistrationRequest Filled() => new(Nik, KkNumber, FullName, VillageCode, Phone, Email, Password);

    /// <summary>Hands over to the code page: the NIK and where the code went travel in TempData, never in the URL.</summary>
    protected IActionResult ToVerification(RegistrationStarted started)
    {
        TempData["RegistrationNik"] = started.Nik;
        TempData["RegistrationSentTo"] = started.SentTo;
        TempData["RegistrationWarnings"] = string.Join("\n", started.Warnings.Select(w => w.Message));
        return Redirect("/daftar/verifikasi");
    }
}
