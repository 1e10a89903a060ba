using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Pamong.Platform.Tenancy;

/// <summary>
/// The Pemda the current request (or job) works for. Resolved once, lazily: an explicit choice
/// (a background job, an API key), the signed-in user's tenant, the request's host name, the
/// "pemda" cookie, and finally the deployment's default tenant.
/// </summary>
public sealed class CurrentTenant(IHttpContextAccessor http, IOptions<TenancyOptions> options, TenantDirectory directory)
{
    public const string ClaimType = "pamong:tenant";
    public const string CookieName = "pemda";

    private string? _id;

    public string Id => _id ??= Resolve();

    /// <summary>Fixes the tenant for the rest of this scope (jobs, API keys, tests).</summary>
    public void Set(string tenantId) => _id = tenantId;

    private string Resolve()
    {
        var context = http.HttpContext;
        if (context is not null)
        {
            var claim = context.User.FindFirstValue(ClaimType);
            if (!string.IsNullOrEmpty(claim))
            {
                return claim;
            }

            var byHost = directory.FindByHost(context.Request.Host.Host);
            if (byHost is not null)
            {
                return byHost;
            }

            if (context.Request.Cookies.TryGetValue(CookieName, out var chosen) && directory.Exists(chosen))
            {
                return chosen;
            }
        }

        return options.Value.DefaultTenant;
    }
}
