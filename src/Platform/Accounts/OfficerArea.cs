using System.Linq.Expressions;
using System.Security.Claims;

namespace Pamong.Platform.Accounts;

/// <summary>
/// Where an officer may use a permission: the whole Pemda (administrators, leaders, inspectors, OPD
/// operators), or only the regions of the units they hold the permission for (a kecamatan operator their
/// kecamatan, a desa operator their village). Read from the sign-in's grant claims; an API key's scope
/// covers the whole Pemda its key is bound to.
/// </summary>
public sealed class OfficerArea
{
    private static readonly HashSet<string> TenantWide = [Roles.Admin, Roles.Pimpinan, Roles.Inspektur, Roles.OpdOperator];

    private OfficerArea(bool everywhere, IReadOnlyList<string> regions) => (Everywhere, Regions) = (everywhere, regions);

    public bool Everywhere { get; }

    /// <summary>Region codes (kecamatan or village) the permission is limited to; empty with <see cref="Everywhere"/> false means nowhere.</summary>
    public IReadOnlyList<string> Regions { get; }

    public bool Nowhere => !Everywhere && Regions.Count == 0;

    public static OfficerArea For(ClaimsPrincipal user, string permission)
    {
        if (user.HasClaim(AccountClaims.ScopeClaim, permission))
        {
            return new OfficerArea(true, []);
        }

        var regions = new List<string>();
        foreach (var claim in user.FindAll(AccountClaims.GrantClaim))
        {
            var parts = claim.Value.Split('|');
            if (parts.Length != 3 || !Permissions.Grants(parts[0], permission))
            {
                continue;
            }

            if (TenantWide.Contains(parts[0]))
            {
                return new OfficerArea(true, []);
            }

            regions.Add(parts[2]);
        }

        return new OfficerArea(false, regions.Distinct().ToList());
    }

    /// <summary>Whether a thing in <paramref name="regionCode"/> (a village or kecamatan code) is inside the area.</summary>
    public bool Covers(string regionCode) =>
        Everywhere || Regions.Any(r => regionCode == r || regionCode.StartsWith(r + ".", StringComparison.Ordinal));

    /// <summary>A query filter that keeps rows whose region (picked by <paramref name="region"/>) lies in the area.</summary>
    public Expression<Func<T, bool>> Filter<T>(Expression<Func<T, string>> region)
    {
        if (Everywhere)
        {
            return _ => true;
        }

        var row = region.Parameters[0];
        Expression? any = null;
        foreach (var code in Regions)
        {
            var exact = Expression.Equal(region.Body, Expression.Constant(code));
            var below = Expression.Call(region.Body, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, Expression.Constant(code + "."));
            var match = Expression.OrElse(exact, below);
            any = any is null ? match : Expression.OrElse(any, match);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(false), row);
    }
}

/// <summary>The resource of an area check: <c>authorization.AuthorizeAsync(User, new InRegion("35.10.15.2004"), Permissions.ManageCitizens)</c>.</summary>
public sealed record InRegion(string RegionCode);
