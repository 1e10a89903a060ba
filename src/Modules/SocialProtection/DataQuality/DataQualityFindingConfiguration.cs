using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.DataQuality;

internal sealed class DataQualityFindingConfiguration : IEntityTypeConfiguration<DataQualityFinding>
{
    public void Configure(EntityTypeBuilder<DataQualityFinding> b)
    {
        b.ToTable("PerlinsosDataQualityFindings");
        b.HasIndex(f => new { f.TenantId, f.Key }).IsUnique();
        b.HasIndex(f => new { f.TenantId, f.VillageCode, f.Status, f.Kind });
        b.Property(f => f.TenantId).HasMaxLength(40);
        b.Property(f => f.Key).HasMaxLength(120);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(f => f.Nik).HasMaxLength(16);
        b.Property(f => f.KkNumber).HasMaxLength(16);
        b.Property(f => f.VillageCode).HasMaxLength(13);
        b.Property(f => f.EvidenceHash).HasMaxLength(64);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(f => f.Resolution).HasMaxLength(300);
        b.Property(f => f.ResolvedBy).HasMaxLength(100);
        b.Property(f => f.Reason).HasMaxLength(1000);
    }
}
