using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Organisations.Positions;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.HasIndex(p => new { p.TenantId, p.UnitId, p.Name }).IsUnique();
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Grade).HasMaxLength(60);
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
