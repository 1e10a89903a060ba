using System.Globalization;
using System.Security.Claims;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>
/// Which indicators an officer may fill: all of them for SPBE managers (the Diskominfo coordinator);
/// otherwise those assigned to a unit where they hold spbe.fill, and unassigned ones (which become theirs).
/// </summary>
public sealed record FillScope(bool Everywhere, IReadOnlyList<int> Units)
{
    public static FillScope For(ClaimsPrincipal user)
    {
        if (user.FindAll(ClaimTypes.Role).Any(r => Permissions.Grants(r.Value, Permissions.ManageSpbe)))
        {
            return new FillScope(true, []);
        }

        var units = new List<int>();
        foreach (var claim in user.FindAll(AccountClaims.GrantClaim))
        {
            var parts = claim.Value.Split('|');
            if (parts.Length == 3 && Permissions.Grants(parts[0], Permissions.FillSpbe)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unit))
            {
                units.Add(unit);
            }
        }

        return new FillScope(false, units.Distinct().ToList());
    }

    /// <summary>Whether an indicator assigned to <paramref name="unitId"/> (null: unassigned) may be filled.</summary>
    public bool Covers(int? unitId) => Everywhere || unitId is null || Units.Contains(unitId.Value);
}
