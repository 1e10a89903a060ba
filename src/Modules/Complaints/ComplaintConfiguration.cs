using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Complaints;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("ComplaintsComplaints");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.TrackingCode).HasMaxLength(16);
        b.HasIndex(x => new { x.TenantId, x.TrackingCode }).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.Status, x.UnitId });
        b.HasIndex(x => new { x.TenantId, x.UnitRegionCode });
        b.Property(x => x.Title).HasMaxLength(ComplaintLimits.Title);
        b.Property(x => x.Description).HasMaxLength(ComplaintLimits.Description);
        b.Property(x => x.Category).HasMaxLength(40);
        b.Property(x => x.UnitCode).HasMaxLength(40);
        b.Property(x => x.UnitName).HasMaxLength(200);
        b.Property(x => x.UnitKind).HasMaxLength(20);
        b.Property(x => x.UnitRegionCode).HasMaxLength(13);
        b.Property(x => x.Service).HasMaxLength(ComplaintLimits.Service);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.ComplainantName).HasMaxLength(ComplaintLimits.Name);
        b.Property(x => x.ComplainantEmail).HasMaxLength(ComplaintLimits.Email);
        b.Property(x => x.ComplainantPhone).HasMaxLength(20);
        b.Property(x => x.ComplainantUserId).HasMaxLength(450);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.EscalatedUnitName).HasMaxLength(200);
        b.Ignore(x => x.IsOpen);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
