using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.Platform.Signing.Documents;

/// <summary>/admin/dokumen-terbit: the register of issued documents in the officer's area, searchable.</summary>
[Authorize(Policy = Permissions.ReadIssuedDocuments)]
public sealed class IssuedDocumentsModel(IssuedDocumentRegister register) : AccountPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<IssuedDocumentSummary> Documents { get; private set; } = new([], 1, Paging.DefaultSize, 0);

    public async Task OnGetAsync(CancellationToken ct) => Documents = await register.SearchAsync(User, Q, PageNumber, null, ct);
}
