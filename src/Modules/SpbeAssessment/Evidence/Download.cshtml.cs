using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Evidence;

/// <summary>/spbe/{year}/bukti/{id}: downloads an uploaded evidence file.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class DownloadModel(EvidenceFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, int id, CancellationToken ct)
    {
        if (await files.FindAsync(year, null, id, ct) is not { } found)
        {
            return NotFound();
        }

        var (item, path) = found;

        EvidenceFiles.Protect(Response);
        return new PhysicalFileResult(path, item.ContentType ?? "application/octet-stream") { FileDownloadName = item.FileName, EnableRangeProcessing = true };
    }
}
