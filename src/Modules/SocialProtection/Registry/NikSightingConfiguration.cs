using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Registry;

internal sealed class NikSightingConfiguration : IEntityTypeConfiguration<NikSighting>
{
    public void Configure(EntityTypeBuilder<NikSighting> b)
    {
        b.ToTable("PerlinsosNikSightings");
        b.HasIndex(s => new { s.TenantId, s.Nik, s.NormalizedName, s.BirthDate, s.KkNumber }).IsUnique();
        b.Property(s => s.TenantId).HasMaxLength(40);
        b.Property(s => s.Nik).HasMaxLength(16);
        b.Property(s => s.Name).HasMaxLength(150);
        b.Property(s => s.NormalizedName).HasMaxLength(150);
        b.Property(s => s.KkNumber).HasMaxLength(16);
        b.Property(s => s.VillageCode).HasMaxLength(13);
        b.Property(s => s.Source).HasMaxLength(60);
    }
}
