using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Deaths;

internal sealed class DeathRecordConfiguration : IEntityTypeConfiguration<DeathRecord>
{
    public void Configure(EntityTypeBuilder<DeathRecord> b)
    {
        b.ToTable("PerlinsosDeathRecords");
        b.HasIndex(d => new { d.TenantId, d.Nik }).IsUnique();
        b.Property(d => d.TenantId).HasMaxLength(40);
        b.Property(d => d.Nik).HasMaxLength(16);
        b.Property(d => d.Name).HasMaxLength(150);
        b.Property(d => d.NormalizedName).HasMaxLength(150);
        b.Property(d => d.Reference).HasMaxLength(100);
        b.Property(d => d.Source).HasMaxLength(200);
    }
}
