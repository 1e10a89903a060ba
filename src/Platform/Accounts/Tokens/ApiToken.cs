using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>
/// A bearer credential for /api/v1: an officer's personal access token (acts as the officer, with their
/// roles and areas) or a partner system's API key (holds its scopes for the whole Pemda). Only the
/// SHA-256 hash of the secret is kept; the secret is shown once, when it is made.
/// </summary>
public sealed class ApiToken : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public ApiTokenKind Kind { get; set; }

    /// <summary>What the token is for, e.g. "Skrip rekap bulanan" or "Sinkronisasi Dukcapil".</summary>
    public string Name { get; set; } = "";

    /// <summary>The officer a personal token acts as; null for an API key.</summary>
    public string? UserId { get; set; }

    /// <summary>The partner system holding an API key, e.g. "Dinas Dukcapil — SIAK".</summary>
    public string? Partner { get; set; }

    /// <summary>An API key's permissions, space-separated (see <see cref="ApiScopes"/>).</summary>
    public string Scopes { get; set; } = "";

    /// <summary>The first characters of the secret, to recognise it in lists ("pmg_pat_Xy3k").</summary>
    public string Prefix { get; set; } = "";

    public string TokenHash { get; set; } = "";

    /// <summary>Requests allowed per rate-limit window; null takes the configured default.</summary>
    public int? RateLimit { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

public enum ApiTokenKind
{
    Personal,
    PartnerKey,
}
