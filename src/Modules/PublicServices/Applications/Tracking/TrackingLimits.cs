using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Applications.Tracking;

/// <summary>
/// Tracking is open to anyone, so guessing number + NIK pairs must be slow: requests per client address and
/// window (configuration "PublicServices:Tracking", default 30 per minute), on the page and the API alike,
/// through the platform's rate limiter. Over the limit: 429 with Retry-After (problem details on the API,
/// the status page on the site).
/// </summary>
public sealed class TrackingLimits(IOptionsMonitor<TrackingOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "layanan-lacak";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : options.CurrentValue.WindowSeconds;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Problems.Create(StatusCodes.Status429TooManyRequests, "rate_limited", "Terlalu banyak permintaan",
                $"Batas pelacakan terlampaui. Coba lagi dalam {seconds} detik.").ExecuteAsync(http);
        }
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var limits = options.CurrentValue;
        var key = $"lacak:{httpContext.Connection.RemoteIpAddress}:{limits.PermitLimit}:{limits.WindowSeconds}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        });
    }

    public static IServiceCollection AddTrackingLimits(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TrackingOptions>(configuration.GetSection(TrackingOptions.Section));
        services.AddRateLimiter(o => o.AddPolicy<string, TrackingLimits>(Policy));
        return services;
    }
}

/// <summary>Configuration "PublicServices:Tracking".</summary>
public sealed class TrackingOptions
{
    public const string Section = "PublicServices:Tracking";

    public int PermitLimit { get; set; } = 30;
    public int WindowSeconds { get; set; } = 60;
}
