using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Applications;

/// <summary>An uploaded file of an application's File field (sniffed PDF/JPEG/PNG).</summary>
public sealed class ApplicationFile : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid ApplicationId { get; set; }
    public string FieldKey { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }

    /// <summary>Lowercase hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTime UploadedAt { get; set; }
}
