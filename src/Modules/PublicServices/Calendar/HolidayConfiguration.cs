using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Calendar;

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.ToTable("PublicServicesHolidays");
        b.HasIndex(h => new { h.TenantId, h.Date }).IsUnique();
        b.Property(h => h.Name).HasMaxLength(200);
    }
}
