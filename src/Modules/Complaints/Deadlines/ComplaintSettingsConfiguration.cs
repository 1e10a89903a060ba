using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Complaints.Deadlines;

internal sealed class ComplaintSettingsConfiguration : IEntityTypeConfiguration<ComplaintSettings>
{
    public void Configure(EntityTypeBuilder<ComplaintSettings> b)
    {
        b.ToTable("ComplaintsSettings");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.HasIndex(x => x.TenantId).IsUnique();
        b.HasMany(x => x.Holidays).WithOne().HasForeignKey(h => h.SettingsId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintHolidayConfiguration : IEntityTypeConfiguration<ComplaintHoliday>
{
    public void Configure(EntityTypeBuilder<ComplaintHoliday> b)
    {
        b.ToTable("ComplaintsHolidays");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.SettingsId, x.Date }).IsUnique();
    }
}
