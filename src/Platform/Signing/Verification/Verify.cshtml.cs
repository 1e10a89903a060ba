using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Accounts.Tokens;

namespace Pamong.Platform.Signing.Verification;

/// <summary>
/// /verifikasi/{code}: the page a document's QR code opens, without sign-in: issuer, date, number, title, status,
/// the signer's certificate; and a form to check that a PDF is exactly the one issued. Rate-limited per address.
/// </summary>
[EnableRateLimiting(ApiRateLimits.Policy)]
[RequestSizeLimit(DocumentVerification.MaxUploadBytes + 64 * 1024)]
public sealed class VerifyModel(DocumentVerification verification, IStringLocalizer<SigningText> text) : AccountPageModel
{
    public string Code { get; private set; } = "";

    public VerifiedDocument? Document { get; private set; }

    public FileVerification? Check { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Code = code;
        Document = await verification.FindAsync(code, ct);
        if (Document is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (Upload is not { Length: > 0 and <= DocumentVerification.MaxUploadBytes })
        {
            ModelState.AddModelError(nameof(Upload), text["UploadRequired", DocumentVerification.MaxUploadBytes / 1024 / 1024]);
            return await OnGetAsync(code, ct);
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        Check = await verification.CheckAsync(code, buffer.ToArray(), ct);
        return await OnGetAsync(code, ct);
    }
}
