using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Periods;

internal sealed class AssessmentPeriodConfiguration : IEntityTypeConfiguration<AssessmentPeriod>
{
    public void Configure(EntityTypeBuilder<AssessmentPeriod> b)
    {
        b.ToTable("SpbePeriods");
        b.HasIndex(p => new { p.TenantId, p.Year }).IsUnique();
        b.Property(p => p.InstrumentId).HasMaxLength(60);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.LockedBy).HasMaxLength(200);
        b.Property(p => p.SubmittedBy).HasMaxLength(200);
        b.Property(p => p.RecordedSelfIndex).HasPrecision(9, 6);
        b.Property(p => p.Note).HasMaxLength(500);
    }
}
