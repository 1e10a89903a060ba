using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Signing;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Documents;

/// <summary>
/// Who may download an application's result document: the applicant (their account, or a citizen account with the
/// applicant's NIK) and officers whose area for <see cref="Permissions.ReadIssuedDocuments"/> covers the applicant's
/// village (desa and kecamatan officers of that area; Pemda-wide officers everywhere). Anyone else is told it is not
/// found, so numbers are not confirmed to strangers.
/// </summary>
public sealed class ResultDocumentAccess(PublicServicesDb db, IDocumentIssuer issuer, UserManager<PamongUser> users)
{
    public async Task<IssuedDocument?> FindAsync(ClaimsPrincipal user, string number, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Number == number)
            .Select(a => new { a.DocumentId, a.ApplicantUserId, a.ApplicantNik, a.VillageCode })
            .FirstOrDefaultAsync(ct);
        if (application?.DocumentId is not { } documentId)
        {
            return null;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var allowed = (userId is not null && userId == application.ApplicantUserId)
            || OfficerArea.For(user, Permissions.ReadIssuedDocuments).Covers(application.VillageCode)
            || (userId is not null && await users.FindByIdAsync(userId) is { Kind: AccountKind.Citizen, Nik: { } nik } && nik == application.ApplicantNik);
        return allowed ? await issuer.FindAsync(documentId, ct) : null;
    }
}
