using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.AuditTrail;

[Authorize(Policy = Permissions.ReadAudit)]
public sealed class AuditVerifyModel(AuditVerifier verifier) : PageModel
{
    public ChainVerification? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct) => Result = await verifier.VerifyCurrentTenantAsync(ct);
}
