using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Targets;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.ToTable("SpbeTargets");
        b.HasIndex(t => new { t.TenantId, t.Year }).IsUnique();
        b.HasMany(t => t.Levels).WithOne().HasForeignKey(l => l.TargetId).OnDelete(DeleteBehavior.Cascade);
        b.Property(t => t.Index).HasPrecision(9, 6);
        b.Property(t => t.Note).HasMaxLength(500);
    }
}

internal sealed class TargetLevelConfiguration : IEntityTypeConfiguration<TargetLevel>
{
    public void Configure(EntityTypeBuilder<TargetLevel> b)
    {
        b.ToTable("SpbeTargetLevels");
        b.HasIndex(l => new { l.TenantId, l.TargetId, l.IndicatorCode }).IsUnique();
        b.Property(l => l.IndicatorCode).HasMaxLength(20);
    }
}
