using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Platform.Web;

namespace Pamong.Complaints;

/// <summary>The Pemda's per-client limits on filing (per hour) and tracking (per minute), for the pages and the API.</summary>
public sealed class PublicLimits(ClientLimiter limiter, ComplaintCalendar calendar, ComplaintsDb db)
{
    /// <summary>Seconds to wait before filing again, or null when allowed (counts the attempt).</summary>
    public async Task<int?> FilingWaitAsync(HttpContext http, CancellationToken ct) =>
        limiter.Take(http, db.TenantId, "file", (await calendar.SettingsAsync(ct)).FilingsPerHour, TimeSpan.FromHours(1));

    /// <summary>Seconds to wait before tracking again, or null when allowed (counts the attempt).</summary>
    public async Task<int?> TrackingWaitAsync(HttpContext http, CancellationToken ct) =>
        limiter.Take(http, db.TenantId, "track", (await calendar.SettingsAsync(ct)).TrackingsPerMinute, TimeSpan.FromMinutes(1));

    public async Task<IResult?> FilingAsync(HttpContext http, CancellationToken ct) => TooMany(http, await FilingWaitAsync(http, ct));

    public async Task<IResult?> TrackingAsync(HttpContext http, CancellationToken ct) => TooMany(http, await TrackingWaitAsync(http, ct));

    private static IResult? TooMany(HttpContext http, int? seconds)
    {
        if (seconds is not { } wait)
        {
            return null;
        }

        http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        return Problems.Create(StatusCodes.Status429TooManyRequests, "complaint_rate_limited", "Terlalu banyak permintaan",
            $"Terlalu banyak permintaan dari perangkat ini. Coba lagi dalam {wait.ToString(CultureInfo.InvariantCulture)} detik.");
    }
}
