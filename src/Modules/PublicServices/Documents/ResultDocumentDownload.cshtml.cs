using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Documents;

/// <summary>/layanan/permohonan/{number}/dokumen: the signed result document, for the applicant and the officers of the handling area.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class ResultDocumentDownloadModel(ResultDocumentAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await access.FindAsync(User, number, ct) is { } document ? File(document.Content, "application/pdf", document.FileName) : NotFound();
}
