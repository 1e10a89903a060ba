using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.People;

namespace Pamong.Platform.IdentifierChecks;

/// <summary>
/// /cek-nik: checks the structure of a NIK or a Nomor KK. The forms post (never GET), so that the
/// number does not land in server logs, proxies or the browser history.
/// </summary>
public sealed class CheckNikModel(IdentifierChecker checker, IStringLocalizer<IdentifierCheckText> text) : PageModel
{
    [BindProperty]
    public string? Nik { get; set; }

    [BindProperty]
    public string? Kk { get; set; }

    public NikCheck? NikResult { get; private set; }

    public KkCheck? KkResult { get; private set; }

    public string? NikError { get; private set; }

    public string? KkError { get; private set; }

    public void OnGet()
    {
    }

    public void OnPostNik()
    {
        NikError = InputError(Nik, "NikRequired");
        NikResult = NikError is null ? checker.Nik(Nik) : null;
    }

    public void OnPostKk()
    {
        KkError = InputError(Kk, "KkRequired");
        KkResult = KkError is null ? checker.Kk(Kk) : null;
    }

    private string? InputError(string? input, string requiredKey) =>
        string.IsNullOrWhiteSpace(input) ? text[requiredKey].Value
        : input.Length > IdentifierChecker.MaxInputLength ? text["InputTooLong", IdentifierChecker.MaxInputLength].Value
        : null;
}
