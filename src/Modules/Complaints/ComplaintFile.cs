using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.Complaints;

/// <summary>An attachment of a complaint (PDF, JPEG or PNG, checked by its content).</summary>
public sealed class ComplaintFile : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ComplaintId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public ComplaintFileContent? Content { get; set; }
}

/// <summary>The bytes of an attachment, apart so that the audit trail records the file (with its SHA-256) but not its content.</summary>
[NotAudited]
public sealed class ComplaintFileContent : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int FileId { get; set; }
    public byte[] Bytes { get; set; } = [];
}
