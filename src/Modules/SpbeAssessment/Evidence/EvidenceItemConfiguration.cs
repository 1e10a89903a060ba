using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Evidence;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> b)
    {
        b.ToTable("SpbeEvidence");
        b.HasIndex(e => new { e.TenantId, e.PeriodId, e.IndicatorCode });
        b.HasOne<AssessmentPeriod>().WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.IndicatorCode).HasMaxLength(20);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Url).HasMaxLength(2000);
        b.Property(e => e.FileName).HasMaxLength(255);
        b.Property(e => e.ContentType).HasMaxLength(120);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.Property(e => e.AddedBy).HasMaxLength(200);
    }
}
