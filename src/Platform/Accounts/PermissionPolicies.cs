using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Pamong.Platform.Accounts;

/// <summary>
/// Every permission name is a policy: the officer needs a role that grants it (see <see cref="Permissions"/>).
/// With an <see cref="InRegion"/> resource, the grant must also cover that region (see <see cref="OfficerArea"/>).
/// A partner system's API key holds permissions as scopes, for the whole Pemda.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        await base.GetPolicyAsync(policyName)
        ?? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var granted = context.Resource is InRegion place
            ? OfficerArea.For(context.User, requirement.Permission).Covers(place.RegionCode)
            : requirement.Permission == Permissions.SignedIn
                || context.User.FindAll(ClaimTypes.Role).Any(r => Permissions.Grants(r.Value, requirement.Permission))
                || context.User.HasClaim(AccountClaims.ScopeClaim, requirement.Permission);
        if (granted)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
