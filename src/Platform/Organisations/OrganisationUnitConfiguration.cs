using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Organisations;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> b)
    {
        b.HasIndex(u => new { u.TenantId, u.Code }).IsUnique();
        b.HasIndex(u => new { u.TenantId, u.RegionCode });
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(u => u.Code).HasMaxLength(40);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.RegionCode).HasMaxLength(13);
    }
}
