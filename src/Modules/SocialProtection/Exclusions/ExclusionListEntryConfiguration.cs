using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Exclusions;

internal sealed class ExclusionListEntryConfiguration : IEntityTypeConfiguration<ExclusionListEntry>
{
    public void Configure(EntityTypeBuilder<ExclusionListEntry> b)
    {
        b.ToTable("PerlinsosExclusionListEntries");
        b.HasIndex(e => new { e.TenantId, e.List, e.Nik }).IsUnique();
        b.Property(e => e.TenantId).HasMaxLength(40);
        b.Property(e => e.List).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Nik).HasMaxLength(16);
        b.Property(e => e.Name).HasMaxLength(150);
        b.Property(e => e.NormalizedName).HasMaxLength(150);
        b.Property(e => e.StaffNumber).HasMaxLength(30);
        b.Property(e => e.Agency).HasMaxLength(200);
        b.Property(e => e.Source).HasMaxLength(200);
    }
}
