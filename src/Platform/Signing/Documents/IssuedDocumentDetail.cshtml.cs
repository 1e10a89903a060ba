using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.Signing.Documents;

/// <summary>/admin/dokumen-terbit/{id}: one issued document, its file, and its revocation (with confirmation and a reason).</summary>
[Authorize(Policy = Permissions.ReadIssuedDocuments)]
public sealed class IssuedDocumentDetailModel(
    IssuedDocumentRegister register, IDocumentIssuer issuer, VerificationLinks links, IAuthorizationService authorization,
    IStringLocalizer<SigningText> text) : AccountPageModel
{
    public IssuedDocument Document { get; private set; } = null!;

    public string VerificationUrl => links.For(Document.VerificationCode);

    public bool CanRevoke { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await register.FindAsync(User, id, ct);
        if (found is null)
        {
            return NotFound();
        }

        Document = found;
        CanRevoke = found.Status == IssuedDocumentStatus.Valid && (await authorization.AuthorizeAsync(User, Permissions.ManageSigning)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct) =>
        await register.FindAsync(User, id, ct) is { } found ? File(found.Content, "application/pdf", found.FileName) : NotFound();

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageSigning)).Succeeded)
        {
            return Forbid();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), text["ConfirmRequired"]);
        }
        else
        {
            try
            {
                await issuer.RevokeAsync(id, Reason ?? "", ct);
                Notice = text["DocumentRevoked"];
                return RedirectToPage(new { id });
            }
            catch (SigningRefusedException refused) when (refused.Refusal.Status != 404)
            {
                refused.Refusal.CopyTo(ModelState, "");
            }
        }

        return await OnGetAsync(id, ct);
    }
}
