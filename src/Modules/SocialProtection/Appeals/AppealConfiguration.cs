using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Appeals;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.ToTable("PerlinsosAppeals");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Nik).HasMaxLength(16);
        b.Property(x => x.FiledBy).HasMaxLength(256);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.EvidenceFileName).HasMaxLength(255);
        b.Property(x => x.EvidenceSha256).HasMaxLength(64);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.VerifiedBy).HasMaxLength(256);
        b.Property(x => x.VerificationNote).HasMaxLength(2000);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.DecisionReason).HasMaxLength(2000);
        b.Ignore(x => x.Reference);
        b.HasIndex(x => new { x.TenantId, x.VillageCode, x.Status });
        b.HasIndex(x => new { x.RunId, x.HouseholdId });
    }
}
