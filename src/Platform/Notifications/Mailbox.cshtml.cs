using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Notifications;

/// <summary>The development mailbox: the current tenant's outbox, newest first. Exists only while the folder channel is on.</summary>
[Authorize(Policy = Permissions.ReadDevMailbox)]
public sealed class MailboxModel(PamongDb db, IOptions<NotificationOptions> options, IEnumerable<IMessageSender> senders) : PageModel
{
    public Paged<OutboxMessage> Found { get; private set; } = null!;

    public string Folder => Path.Combine(senders.OfType<FolderSender>().Single().Folder, db.TenantId);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (!options.Value.UsesFolder)
        {
            return NotFound();
        }

        var (number, size) = Paging.Clamp(page, Paging.DefaultSize);
        var total = await db.OutboxMessages.CountAsync(ct);
        number = Math.Min(number, Math.Max(1, (total + size - 1) / size));
        var items = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        Found = new Paged<OutboxMessage>(items, number, size, total);
        return Page();
    }
}
