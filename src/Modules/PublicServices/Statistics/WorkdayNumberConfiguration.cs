using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Statistics;

internal sealed class WorkdayNumberConfiguration : IEntityTypeConfiguration<WorkdayNumber>, IEntityTypeConfiguration<WorkdayCalendarStamp>
{
    public void Configure(EntityTypeBuilder<WorkdayNumber> b)
    {
        b.ToTable("PublicServicesWorkdayNumbers");
        b.HasKey(w => new { w.TenantId, w.Day });
        b.Property(w => w.TenantId).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<WorkdayCalendarStamp> b)
    {
        b.ToTable("PublicServicesWorkdayCalendars");
        b.HasKey(w => w.TenantId);
        b.Property(w => w.TenantId).HasMaxLength(40);
        b.Property(w => w.Fingerprint).HasMaxLength(64);
    }
}
