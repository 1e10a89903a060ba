using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Pamong.Platform.AuditTrail;

/// <summary>Who is acting in this scope, from where, and why: filled into every audit record.</summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    private string? _reason;

    public string? Id => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => http.HttpContext?.User.Identity?.Name ?? (http.HttpContext is null ? "sistem" : "anonim");

    public string? IpAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>The reason the officer gave for the current change or read.</summary>
    public string? Reason => _reason;

    public void GiveReason(string? reason) => _reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
