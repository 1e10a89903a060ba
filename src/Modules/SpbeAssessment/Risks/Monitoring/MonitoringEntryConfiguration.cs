using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Risks.Monitoring;

internal sealed class MonitoringEntryConfiguration : IEntityTypeConfiguration<MonitoringEntry>
{
    public void Configure(EntityTypeBuilder<MonitoringEntry> b)
    {
        b.ToTable("SpbeRiskMonitoring");
        b.Property(m => m.TenantId).HasMaxLength(40);
        b.Property(m => m.Note).HasMaxLength(2000);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
    }
}
