using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Official;

internal sealed class OfficialResultConfiguration : IEntityTypeConfiguration<OfficialResult>
{
    public void Configure(EntityTypeBuilder<OfficialResult> b)
    {
        b.ToTable("SpbeOfficialResults");
        b.HasIndex(r => new { r.TenantId, r.PeriodId }).IsUnique();
        b.HasOne<AssessmentPeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.OfficialResultId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Index).HasPrecision(9, 6);
        b.Property(r => r.Predicate).HasMaxLength(60);
        b.Property(r => r.Source).HasMaxLength(300);
        b.Property(r => r.Note).HasMaxLength(500);
        b.Property(r => r.EnteredBy).HasMaxLength(200);
    }
}

internal sealed class OfficialValueConfiguration : IEntityTypeConfiguration<OfficialValue>
{
    public void Configure(EntityTypeBuilder<OfficialValue> b)
    {
        b.ToTable("SpbeOfficialValues");
        b.HasIndex(v => new { v.TenantId, v.OfficialResultId, v.Scope, v.Code }).IsUnique();
        b.Property(v => v.Scope).HasConversion<string>().HasMaxLength(10);
        b.Property(v => v.Code).HasMaxLength(20);
        b.Property(v => v.Value).HasPrecision(9, 6);
    }
}
