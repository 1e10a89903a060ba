using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>
/// Requests allowed per window on /api/v1: per token or key (a key may carry its own limit), per signed-in
/// officer, and per client address for anonymous callers. Over the limit: 429 with Retry-After.
/// </summary>
public static class ApiRateLimits
{
    public const string Policy = "api";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, Partition);
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Create(StatusCodes.Status429TooManyRequests, "rate_limited", "Terlalu banyak permintaan",
                    $"Batas permintaan terlampaui. Coba lagi dalam {seconds} detik.").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    internal static RateLimitPartition<string> Partition(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        var user = context.User;
        var (key, window) = user.FindFirstValue(AccountClaims.TokenClaim) is { } token
            ? ("token:" + token, new RateLimitWindow { PermitLimit = OwnLimit(user) ?? limits.PerToken.PermitLimit, WindowSeconds = limits.PerToken.WindowSeconds })
            : user.Identity?.IsAuthenticated == true
                ? ("user:" + user.FindFirstValue(ClaimTypes.NameIdentifier), limits.PerUser)
                : ("ip:" + context.Connection.RemoteIpAddress, limits.Anonymous);
        return RateLimitPartition.GetFixedWindowLimiter($"{key}:{window.PermitLimit}:{window.WindowSeconds}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = TimeSpan.FromSeconds(window.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static int? OwnLimit(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AccountClaims.RateLimitClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? limit : null;
}

/// <summary>Configuration "RateLimits": PerToken, PerUser and Anonymous, each with PermitLimit and WindowSeconds.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public RateLimitWindow PerToken { get; set; } = new() { PermitLimit = 600 };
    public RateLimitWindow PerUser { get; set; } = new() { PermitLimit = 600 };
    public RateLimitWindow Anonymous { get; set; } = new() { PermitLimit = 60 };
}

public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; } = 60;
    public int WindowSeconds { get; set; } = 60;
}
