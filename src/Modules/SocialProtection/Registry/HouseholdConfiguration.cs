using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Registry;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.ToTable("PerlinsosHouseholds");
        b.HasIndex(h => new { h.TenantId, h.KkNumber }).IsUnique();
        b.HasIndex(h => new { h.TenantId, h.VillageCode });
        b.Property(h => h.TenantId).HasMaxLength(40);
        b.Property(h => h.KkNumber).HasMaxLength(16);
        b.Property(h => h.VillageCode).HasMaxLength(13);
        b.Property(h => h.Rt).HasMaxLength(3);
        b.Property(h => h.Rw).HasMaxLength(3);
        b.Property(h => h.Address).HasMaxLength(300);
        b.Property(h => h.FloorArea).HasPrecision(9, 2);
        b.Property(h => h.LandArea).HasPrecision(12, 2);
        b.Property(h => h.FloorMaterial).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.WallMaterial).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.RoofMaterial).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.Source).HasConversion<string>().HasMaxLength(10);
        b.Property(h => h.RegisteredBy).HasMaxLength(100);
        b.HasMany(h => h.Members).WithOne().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
