using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Applications.Timeline;

/// <summary>/layanan/permohonan/{number}/berkas/{id}: downloads an application's file, for those who may see the application.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class FileDownloadModel(ApplicationDetails details) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string number, Guid id, CancellationToken ct)
    {
        if (await details.FileAsync(number, id, User, ct) is not { } file)
        {
            return NotFound();
        }

        FileResponse.Protect(Response);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
