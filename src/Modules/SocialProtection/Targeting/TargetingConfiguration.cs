using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Targeting;

internal sealed class TargetingRunConfiguration : IEntityTypeConfiguration<TargetingRun>
{
    public void Configure(EntityTypeBuilder<TargetingRun> b)
    {
        b.ToTable("PerlinsosTargetingRuns");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.Period).HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Digest).HasMaxLength(64);
        b.Property(x => x.StartedBy).HasMaxLength(256);
        b.Property(x => x.ApprovedBy).HasMaxLength(256);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.Property(x => x.ApprovalNote).HasMaxLength(2000);
        b.HasIndex(x => new { x.TenantId, x.ProgramId, x.Period, x.Version }).IsUnique();
    }
}

internal sealed class TargetingDecisionConfiguration : IEntityTypeConfiguration<TargetingDecision>
{
    public void Configure(EntityTypeBuilder<TargetingDecision> b)
    {
        b.ToTable("PerlinsosTargetingDecisions");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.KkNumber).HasMaxLength(16);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.HeadName).HasMaxLength(200);
        b.Property(x => x.HeadNik).HasMaxLength(16);
        b.Property(x => x.Rt).HasMaxLength(3);
        b.Property(x => x.Rw).HasMaxLength(3);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ChangedBy).HasMaxLength(20);
        b.Ignore(x => x.Outcomes);
        b.HasIndex(x => new { x.RunId, x.HouseholdId }).IsUnique();
        b.HasIndex(x => new { x.RunId, x.VillageCode, x.Status });
    }
}
