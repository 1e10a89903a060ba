using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Signing.Documents;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> b)
    {
        b.ToTable("IssuedDocuments");

        // Unique across the deployment: the public page finds a document by its code alone.
        b.HasIndex(d => d.VerificationCode).IsUnique();
        b.HasIndex(d => new { d.TenantId, d.IssuedAt });
        b.HasIndex(d => new { d.TenantId, d.Number });
        b.HasIndex(d => new { d.TenantId, d.IssuerUnitCode });
        b.HasOne<Certificates.SigningCertificate>().WithMany().HasForeignKey(d => d.CertificateId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Kind).HasMaxLength(100);
        b.Property(d => d.Number).HasMaxLength(100);
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.IssuerUnitCode).HasMaxLength(40);
        b.Property(d => d.IssuerName).HasMaxLength(200);
        b.Property(d => d.SignerName).HasMaxLength(200);
        b.Property(d => d.IssuedBy).HasMaxLength(200);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.VerificationCode).HasMaxLength(40);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.RevokedBy).HasMaxLength(200);
        b.Property(d => d.RevocationReason).HasMaxLength(500);
        b.Ignore(d => d.FileName);
    }
}
