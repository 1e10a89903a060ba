using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.PublicServices.Applications.Processing;

/// <summary>
/// The seats from which the signed-in officer may process applications, read from the sign-in's grant claims
/// ("Role|UnitId|RegionCode"); the unit codes of OPD grants come from the platform's organisation (read-only).
/// </summary>
public sealed class OfficerSeats(PamongDb platform)
{
    public async Task<IReadOnlyList<OfficerSeat>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var grants = new List<(string Role, int UnitId, string Region)>();
        foreach (var claim in user.FindAll(AccountClaims.GrantClaim))
        {
            var parts = claim.Value.Split('|');
            if (parts.Length == 3 && Permissions.Grants(parts[0], Permissions.ProcessApplications)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unitId))
            {
                grants.Add((parts[0], unitId, parts[2]));
            }
        }

        if (grants.Count == 0)
        {
            return [];
        }

        var ids = grants.Select(g => g.UnitId).Distinct().ToList();
        var codes = await platform.OrganisationUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        return grants.Where(g => codes.ContainsKey(g.UnitId)).Select(g => new OfficerSeat(g.Role, codes[g.UnitId], g.Region)).Distinct().ToList();
    }
}
