using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>/admin/tanda-tangan/{id}: one certificate, and its revocation with a reason.</summary>
[Authorize(Policy = Permissions.ManageSigning)]
public sealed class CertificateDetailModel(CertificateRegistry registry, TimeProvider clock, IStringLocalizer<SigningText> text) : AccountPageModel
{
    public SigningCertificate Certificate { get; private set; } = null!;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await registry.FindAsync(id, ct);
        if (found is null)
        {
            return NotFound();
        }

        Certificate = found;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), text["ConfirmRequired"]);
        }
        else
        {
            var outcome = await registry.RevokeAsync(id, Reason, ct);
            if (outcome.Refusal is null)
            {
                Notice = text["CertificateRevoked"];
                return RedirectToPage(new { id });
            }

            if (outcome.Refusal.Status == 404)
            {
                return NotFound();
            }

            outcome.Refusal.CopyTo(ModelState, "");
        }

        return await OnGetAsync(id, ct);
    }
}
