using System.Security.Claims;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices;

/// <summary>The name to record for the signed-in officer (e.g. who saved a workflow version).</summary>
internal static class ActorName
{
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirstValue(AccountClaims.FullNameClaim) is { Length: > 0 } name ? name : user.Identity?.Name ?? "?";
}
