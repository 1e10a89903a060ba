using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Signing;

/// <summary>
/// A signed document in the register of issued documents: what was issued, by which unit, signed with which
/// certificate, the exact file (and its SHA-256), and the unguessable code its QR code opens on the public
/// verification page. A document is valid until it is revoked, with a reason.
/// </summary>
public sealed class IssuedDocument : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>What kind of document, e.g. "layanan.surat-keterangan-domisili"; set by the issuing module.</summary>
    public string Kind { get; set; } = "";

    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public string IssuerUnitCode { get; set; } = "";

    /// <summary>The issuing unit's name when issued, e.g. "Desa Kemiren".</summary>
    public string IssuerName { get; set; } = "";

    /// <summary>Who signed: the officer's name, or the unit's certificate holder.</summary>
    public string SignerName { get; set; } = "";

    public Guid CertificateId { get; set; }
    public DateTime IssuedAt { get; set; }

    /// <summary>The account that asked for the document (or "sistem").</summary>
    public string IssuedBy { get; set; } = "";

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];
    public int Length { get; set; }

    /// <summary>Random, unguessable; the public verification page is /verifikasi/{code}.</summary>
    public string VerificationCode { get; set; } = "";

    public IssuedDocumentStatus Status { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevocationReason { get; set; }

    /// <summary>A file name for downloads: the number with its slashes made safe.</summary>
    public string FileName => string.Concat((Number.Length > 0 ? Number : Id.ToString("N")).Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '-')) + ".pdf";
}

public enum IssuedDocumentStatus
{
    Valid,
    Revoked,
}
