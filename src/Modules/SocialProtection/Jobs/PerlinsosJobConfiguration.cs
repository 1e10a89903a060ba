using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Jobs;

internal sealed class PerlinsosJobConfiguration : IEntityTypeConfiguration<PerlinsosJob>
{
    public void Configure(EntityTypeBuilder<PerlinsosJob> b)
    {
        b.ToTable("PerlinsosJobs");
        b.Ignore(j => j.Percent);
        b.Ignore(j => j.Finished);
        b.Ignore(j => j.Busy);
        b.Property(j => j.TenantId).HasMaxLength(40);
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(j => j.Mode).HasConversion<string>().HasMaxLength(15);
        b.Property(j => j.FileName).HasMaxLength(200);
        b.Property(j => j.Message).HasMaxLength(1000);
        b.Property(j => j.StartedBy).HasMaxLength(100);
    }
}
