using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.People;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> b)
    {
        b.HasIndex(c => new { c.TenantId, c.Nik }).IsUnique();
        b.HasIndex(c => new { c.TenantId, c.KkNumber });
        b.HasIndex(c => new { c.TenantId, c.VillageCode });
        b.Property(c => c.Nik).HasMaxLength(16);
        b.Property(c => c.KkNumber).HasMaxLength(16);
        b.Property(c => c.FullName).HasMaxLength(200);
        b.Property(c => c.BirthPlace).HasMaxLength(100);
        b.Property(c => c.Sex).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.FamilyRelationship).HasMaxLength(60);
        b.Property(c => c.Address).HasMaxLength(300);
        b.Property(c => c.Rt).HasMaxLength(3);
        b.Property(c => c.Rw).HasMaxLength(3);
        b.Property(c => c.VillageCode).HasMaxLength(13);
    }
}
