using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Accounts;

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.HasIndex(g => new { g.TenantId, g.UserId, g.Role, g.UnitId }).IsUnique();
        b.Property(g => g.UserId).HasMaxLength(64);
        b.Property(g => g.Role).HasMaxLength(40);
        b.Property(g => g.GrantedBy).HasMaxLength(200);
        b.HasOne(g => g.Unit).WithMany().HasForeignKey(g => g.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
