using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Pamong.Complaints;

/// <summary>
/// Fixed-window counters per Pemda, purpose and client address, on the injected clock: how the public filing and
/// tracking (page and API alike) keep spam and code guessing out. The limits come from the Pemda's settings.
/// </summary>
public sealed class ClientLimiter(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new();

    /// <summary>Counts one request; the seconds to wait when over the limit, null when allowed.</summary>
    public int? Take(HttpContext context, string tenant, string purpose, int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        var key = $"{tenant}|{purpose}|{context.Connection.RemoteIpAddress}";
        var current = _windows.AddOrUpdate(key,
            _ => new Window(now, 1),
            (_, w) => now < w.Start || now >= w.Start + window ? new Window(now, 1) : w with { Count = w.Count + 1 });
        if (_windows.Count > 100_000)
        {
            foreach (var stale in _windows.Where(w => now >= w.Value.Start + window).Select(w => w.Key).ToList())
            {
                _windows.TryRemove(stale, out _);
            }
        }

        return current.Count <= limit ? null : (int)Math.Max(1, Math.Ceiling((current.Start + window - now).TotalSeconds));
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
