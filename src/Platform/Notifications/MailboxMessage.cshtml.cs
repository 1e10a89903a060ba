using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.Platform.Notifications;

[Authorize(Policy = Permissions.ReadDevMailbox)]
public sealed class MailboxMessageModel(PamongDb db, IOptions<NotificationOptions> options) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var message = options.Value.UsesFolder ? await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) : null;
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }
}
