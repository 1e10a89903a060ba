using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Organisations.Staff;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        // Several rows may have no NIP or no account: NULLs never collide in a unique index on either engine.
        b.HasIndex(s => new { s.TenantId, s.Nip }).IsUnique();
        b.HasIndex(s => new { s.TenantId, s.UserId }).IsUnique();
        b.HasIndex(s => new { s.TenantId, s.UnitId });
        b.Property(s => s.FullName).HasMaxLength(200);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.Nip).HasMaxLength(18);
        b.Property(s => s.UserId).HasMaxLength(64);
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Position).WithMany().HasForeignKey(s => s.PositionId).OnDelete(DeleteBehavior.Restrict);
    }
}
