using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Programs;

internal sealed class AidProgramConfiguration : IEntityTypeConfiguration<AidProgram>
{
    public void Configure(EntityTypeBuilder<AidProgram> b)
    {
        b.ToTable("PerlinsosPrograms");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Funding).HasMaxLength(200);
        b.Property(x => x.BenefitForm).HasMaxLength(200);
        b.Property(x => x.MaxLandArea).HasPrecision(12, 2);
        b.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
        b.HasMany(x => x.Components).WithOne().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Quotas).WithOne().HasForeignKey(q => q.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Rules);
    }
}

internal sealed class BenefitComponentConfiguration : IEntityTypeConfiguration<BenefitComponent>
{
    public void Configure(EntityTypeBuilder<BenefitComponent> b)
    {
        b.ToTable("PerlinsosBenefitComponents");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Criterion).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class VillageQuotaConfiguration : IEntityTypeConfiguration<VillageQuota>
{
    public void Configure(EntityTypeBuilder<VillageQuota> b)
    {
        b.ToTable("PerlinsosVillageQuotas");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.HasIndex(x => new { x.ProgramId, x.VillageCode }).IsUnique();
    }
}
