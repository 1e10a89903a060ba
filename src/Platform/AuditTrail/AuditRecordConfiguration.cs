using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.AuditTrail;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("AuditRecords");
        b.HasIndex(r => new { r.TenantId, r.Sequence }).IsUnique();
        b.HasIndex(r => new { r.TenantId, r.OccurredAt });
        b.Property(r => r.ActorId).HasMaxLength(64);
        b.Property(r => r.ActorName).HasMaxLength(200);
        b.Property(r => r.IpAddress).HasMaxLength(64);
        b.Property(r => r.Action).HasMaxLength(60);
        b.Property(r => r.Subject).HasMaxLength(100);
        b.Property(r => r.SubjectId).HasMaxLength(200);
        b.Property(r => r.Reason).HasMaxLength(1000);
        b.Property(r => r.PreviousHash).HasMaxLength(64);
        b.Property(r => r.Hash).HasMaxLength(64);
    }
}
