using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Accounts;

/// <summary>
/// What the sign-in cookie says about an account: its tenant, its roles, and each grant as
/// "Role|UnitId|RegionCode" so that scope checks need no database round trip.
/// </summary>
public sealed class AccountClaims(UserManager<PamongUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, PamongDb db)
    : UserClaimsPrincipalFactory<PamongUser, IdentityRole>(users, roles, options)
{
    public const string GrantClaim = "pamong:grant";
    public const string FullNameClaim = "pamong:name";

    /// <summary>Present ("on") when the account signs in with a second factor; the two-factor gate reads it.</summary>
    public const string TwoFactorClaim = "pamong:2fa";

    /// <summary>A permission an API key holds directly (its scopes).</summary>
    public const string ScopeClaim = "pamong:scope";

    /// <summary>The id of the personal access token or API key that authenticated the request.</summary>
    public const string TokenClaim = "pamong:token";

    /// <summary>A key's own request limit per window, overriding the configured default.</summary>
    public const string RateLimitClaim = "pamong:rate";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PamongUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentTenant.ClaimType, user.TenantId));
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "on"));
        }
        var grants = await db.RoleGrants.IgnoreQueryFilters()
            .Where(g => g.UserId == user.Id && g.TenantId == user.TenantId)
            .Select(g => new { g.Role, g.UnitId, g.Unit!.RegionCode })
            .ToListAsync();
        foreach (var role in grants.Select(g => g.Role).Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        foreach (var grant in grants)
        {
            identity.AddClaim(new Claim(GrantClaim, $"{grant.Role}|{grant.UnitId}|{grant.RegionCode}"));
        }

        return identity;
    }
}
