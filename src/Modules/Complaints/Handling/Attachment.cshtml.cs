using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Complaints.Data;
using Pamong.Platform.Accounts;

namespace Pamong.Complaints.Handling;

/// <summary>/pengaduan/{id}/lampiran/{fileId}: downloads an attachment for an officer who may see the complaint.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class AttachmentModel(ComplaintActions actions, ComplaintsDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        var found = await actions.FindAsync(ComplaintOfficer.Of(User), id, ct);
        var file = found.Value is null ? null
            : await db.Files.AsNoTracking().Include(f => f.Content).FirstOrDefaultAsync(f => f.Id == fileId && f.ComplaintId == id, ct);
        if (file?.Content is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content.Bytes, file.ContentType, file.FileName);
    }
}
