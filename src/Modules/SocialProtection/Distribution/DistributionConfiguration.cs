using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Distribution;

internal sealed class DistributionCycleConfiguration : IEntityTypeConfiguration<DistributionCycle>
{
    public void Configure(EntityTypeBuilder<DistributionCycle> b)
    {
        b.ToTable("PerlinsosDistributionCycles");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.Period).HasMaxLength(20);
        b.Property(x => x.Channel).HasMaxLength(200);
        b.Property(x => x.OpenedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.TenantId, x.ProgramId, x.Period, x.Stage }).IsUnique();
    }
}

internal sealed class HandOverConfiguration : IEntityTypeConfiguration<HandOver>
{
    public void Configure(EntityTypeBuilder<HandOver> b)
    {
        b.ToTable("PerlinsosHandOvers");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.KkNumber).HasMaxLength(16);
        b.Property(x => x.HeadName).HasMaxLength(200);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProofKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProofFileName).HasMaxLength(255);
        b.Property(x => x.ProofSha256).HasMaxLength(64);
        b.Property(x => x.CardQr).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.CycleId, x.VillageCode, x.Status });
        b.HasIndex(x => new { x.CycleId, x.DecisionId }).IsUnique();
    }
}
