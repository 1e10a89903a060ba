using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Signing.Certificates;

internal sealed class SigningCertificateConfiguration : IEntityTypeConfiguration<SigningCertificate>
{
    public void Configure(EntityTypeBuilder<SigningCertificate> b)
    {
        b.ToTable("SigningCertificates");
        b.HasIndex(c => new { c.TenantId, c.UnitCode });
        b.HasIndex(c => new { c.TenantId, c.UserId });
        b.HasIndex(c => new { c.TenantId, c.Fingerprint }).IsUnique();
        b.Property(c => c.Holder).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.UnitCode).HasMaxLength(40);
        b.Property(c => c.UserId).HasMaxLength(64);
        b.Property(c => c.HolderName).HasMaxLength(200);
        b.Property(c => c.Subject).HasMaxLength(500);
        b.Property(c => c.Issuer).HasMaxLength(500);
        b.Property(c => c.SerialNumber).HasMaxLength(100);
        b.Property(c => c.Fingerprint).HasMaxLength(64);
        b.Property(c => c.KeyAlgorithm).HasMaxLength(30);
        b.Property(c => c.CreatedBy).HasMaxLength(200);
        b.Property(c => c.RevokedBy).HasMaxLength(200);
        b.Property(c => c.RevocationReason).HasMaxLength(500);
    }
}
