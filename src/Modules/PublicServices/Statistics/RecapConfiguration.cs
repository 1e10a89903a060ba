using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Statistics;

/// <summary>The recap tables: keyed by everything the dashboards group and filter by; an index per village for the area dashboards.</summary>
internal sealed class RecapConfiguration : IEntityTypeConfiguration<DailyRecap>, IEntityTypeConfiguration<MonthlyRecap>
{
    public void Configure(EntityTypeBuilder<DailyRecap> b)
    {
        b.ToTable("PublicServicesDailyRecaps");
        b.HasKey(r => new { r.TenantId, r.Day, r.ServiceId, r.VillageCode, r.Outcome, r.WorkingDays });
        b.HasIndex(r => new { r.TenantId, r.VillageCode, r.Day });
        b.Property(r => r.TenantId).HasMaxLength(40);
        b.Property(r => r.VillageCode).HasMaxLength(13);
        b.Property(r => r.Outcome).HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<MonthlyRecap> b)
    {
        b.ToTable("PublicServicesMonthlyRecaps");
        b.HasKey(r => new { r.TenantId, r.Month, r.ServiceId, r.VillageCode, r.Outcome, r.WorkingDays });
        b.HasIndex(r => new { r.TenantId, r.VillageCode, r.Month });
        b.Property(r => r.TenantId).HasMaxLength(40);
        b.Property(r => r.VillageCode).HasMaxLength(13);
        b.Property(r => r.Outcome).HasMaxLength(20);
    }
}
