using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>
/// The signed-in citizen as an applicant: NIK, name and contacts from their account, and their desa from the
/// resident register (linked by NIK), or else the village office where they hold the Warga role.
/// </summary>
public sealed class ApplicantProfile(PamongDb platform)
{
    public async Task<Applicant?> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = id is null ? null : await platform.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.Kind == AccountKind.Citizen, ct);
        if (account?.Nik is not { Length: 16 } nik)
        {
            return null;
        }

        var village = await platform.Citizens.AsNoTracking().Where(c => c.Nik == nik).Select(c => c.VillageCode).FirstOrDefaultAsync(ct)
            ?? user.FindAll(AccountClaims.GrantClaim).Select(c => c.Value.Split('|')).Where(p => p.Length == 3 && p[0] == Roles.Warga).Select(p => p[2]).FirstOrDefault();
        return new Applicant(nik, account.FullName, village, account.EmailConfirmed ? account.Email : null,
            account.PhoneNumberConfirmed ? account.PhoneNumber : null, ApplicationChannel.Online, UserId: account.Id);
    }
}
