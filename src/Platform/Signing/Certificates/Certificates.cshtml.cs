using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>/admin/tanda-tangan: the Pemda's root CA and the signing certificates of units and officers (administrators).</summary>
[Authorize(Policy = Permissions.ManageSigning)]
public sealed class CertificatesModel(CertificateRegistry registry, PemdaRootCa root, TimeProvider clock, IStringLocalizer<SigningText> text) : AccountPageModel
{
    [BindProperty]
    public string? Holder { get; set; } = "unit";

    [BindProperty]
    public string? UnitCode { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? KeyType { get; set; } = "ecdsa-p256";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Which form the errors belong to: "generate" or "import".</summary>
    public string? Form { get; private set; }

    public IReadOnlyList<SigningCertificate> Certificates { get; private set; } = [];

    public SigningCertificate? Root { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRootAsync(CancellationToken ct)
    {
        await root.GetOrCreateAsync(ct);
        Notice = text["RootCreated"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostGenerateAsync(CancellationToken ct)
    {
        Form = "generate";
        var outcome = await registry.GenerateAsync(new NewCertificate(Holder, UnitCode, UserName, KeyType), ct);
        return await AfterAsync(outcome.Refusal, outcome.Value, ct);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        Form = "import";
        byte[]? bytes = null;
        if (Upload is { Length: > 0 and <= CertificateRegistry.MaxImportBytes })
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        var outcome = await registry.ImportAsync(new ImportedCertificate(Holder, UnitCode, UserName, bytes, Password), ct);
        Password = null;
        return await AfterAsync(outcome.Refusal, outcome.Value, ct);
    }

    private async Task<IActionResult> AfterAsync(Web.Refusal? refusal, SigningCertificate? made, CancellationToken ct)
    {
        if (refusal is null && made is not null)
        {
            Notice = text["CertificateMade", made.HolderName];
            return RedirectToPage("CertificateDetail", new { id = made.Id });
        }

        refusal?.CopyTo(ModelState, "");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await registry.ListAsync(ct);
        Root = all.Where(c => c.Holder == CertificateHolder.RootCa && c.RevokedAt == null).MaxBy(c => c.NotAfter);
        Certificates = all.Where(c => c.Holder != CertificateHolder.RootCa).ToList();
    }
}
