using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Tenancy;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> b)
    {
        b.Property(t => t.Id).HasMaxLength(40);
        b.Property(t => t.RegionCode).HasMaxLength(13);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Hosts).HasMaxLength(500);
    }
}
