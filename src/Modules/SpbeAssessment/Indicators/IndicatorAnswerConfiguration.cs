using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Indicators;

internal sealed class IndicatorAnswerConfiguration : IEntityTypeConfiguration<IndicatorAnswer>
{
    public void Configure(EntityTypeBuilder<IndicatorAnswer> b)
    {
        b.ToTable("SpbeAnswers");
        b.HasIndex(a => new { a.TenantId, a.PeriodId, a.IndicatorCode }).IsUnique();
        b.HasOne<AssessmentPeriod>().WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.IndicatorCode).HasMaxLength(20);
        b.Property(a => a.Justification).HasMaxLength(AnswerLimits.Justification);
        b.Property(a => a.FilledById).HasMaxLength(100);
        b.Property(a => a.FilledBy).HasMaxLength(200);
        b.Property(a => a.Review).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ReviewNote).HasMaxLength(AnswerLimits.ReviewNote);
        b.Property(a => a.ReviewedBy).HasMaxLength(200);
        b.Ignore(a => a.FinalLevel);
        b.Ignore(a => a.State);
    }
}

internal static class AnswerLimits
{
    public const int Justification = 4000;
    public const int ReviewNote = 2000;
}
