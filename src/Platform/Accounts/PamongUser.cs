using Microsoft.AspNetCore.Identity;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Accounts;

/// <summary>A sign-in account: an officer (staff, usually with a NIP) or a citizen (warga, with a NIK).</summary>
public sealed class PamongUser : IdentityUser, ITenantOwned
{
    public string TenantId { get; set; } = "";

    public string FullName { get; set; } = "";

    public AccountKind Kind { get; set; }

    /// <summary>NIP for civil servants (ASN); null for contract staff and citizens.</summary>
    public string? Nip { get; set; }

    /// <summary>NIK for citizens.</summary>
    public string? Nik { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public enum AccountKind
{
    Staff,
    Citizen,
}
