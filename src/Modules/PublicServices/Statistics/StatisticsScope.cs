using System.Security.Claims;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// Whose applications an officer's dashboard counts: the whole Pemda (administrators, leaders, the
/// public aggregates), the kecamatan or village of a kecamatan or desa operator, or the services owned by
/// an OPD operator's agency.
/// </summary>
public sealed record StatisticsScope(bool Everywhere, IReadOnlyList<string> Regions, IReadOnlyList<string> OpdUnitCodes)
{
    public static readonly StatisticsScope Pemda = new(true, [], []);

    public bool Nowhere => !Everywhere && Regions.Count == 0 && OpdUnitCodes.Count == 0;

    /// <summary>The scope of a signed-in officer; OPD grants name their unit id, resolved to codes by <paramref name="unitCodes"/>.</summary>
    public static StatisticsScope For(ClaimsPrincipal user, IReadOnlyDictionary<int, string> unitCodes)
    {
        var regions = new List<string>();
        var opds = new List<string>();
        foreach (var claim in user.FindAll(AccountClaims.GrantClaim))
        {
            var parts = claim.Value.Split('|');
            if (parts.Length != 3 || !Permissions.Grants(parts[0], Permissions.ReadServiceStatistics))
            {
                continue;
            }

            switch (parts[0])
            {
                case Roles.OpdOperator:
                    if (int.TryParse(parts[1], out var unitId) && unitCodes.TryGetValue(unitId, out var code))
                    {
                        opds.Add(code);
                    }

                    break;
                case Roles.KecamatanOperator or Roles.DesaOperator:
                    regions.Add(parts[2]);
                    break;
                default:
                    return Pemda;
            }
        }

        return user.HasClaim(AccountClaims.ScopeClaim, Permissions.ReadServiceStatistics)
            ? Pemda
            : new StatisticsScope(false, regions.Distinct().ToList(), opds.Distinct().ToList());
    }

    /// <summary>The unit ids of the officer's OPD grants (to look their codes up).</summary>
    public static IEnumerable<int> OpdUnitIds(ClaimsPrincipal user) =>
        user.FindAll(AccountClaims.GrantClaim).Select(c => c.Value.Split('|'))
            .Where(p => p.Length == 3 && p[0] == Roles.OpdOperator && int.TryParse(p[1], out _)).Select(p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
}
