using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Proposals;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("PerlinsosProposals");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.KkNumber).HasMaxLength(16);
        b.Property(x => x.VillageCode).HasMaxLength(13);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.MinutesFileName).HasMaxLength(255);
        b.Property(x => x.MinutesSha256).HasMaxLength(64);
        b.Property(x => x.ProposedBy).HasMaxLength(256);
        b.Property(x => x.VerifiedBy).HasMaxLength(256);
        b.Property(x => x.VerificationNote).HasMaxLength(2000);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.DecisionReason).HasMaxLength(2000);
        b.Ignore(x => x.Reference);
        b.HasIndex(x => new { x.TenantId, x.VillageCode, x.Status });
        b.HasIndex(x => new { x.ProgramId, x.Status });
    }
}
