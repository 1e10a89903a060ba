using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.SpbeAssessment.Architecture.DataSets;

namespace Pamong.SpbeAssessment.Architecture.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>, IEntityTypeConfiguration<ApplicationDataSet>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.ToTable("SpbeApplications");
        b.HasIndex(a => new { a.TenantId, a.Name });
        b.HasIndex(a => new { a.TenantId, a.OwnerUnitId });
        b.Property(a => a.TenantId).HasMaxLength(40);
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Purpose).HasMaxLength(2000);
        b.Property(a => a.Url).HasMaxLength(500);
        b.Property(a => a.Users).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Hosting).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Security).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.BuiltBy).HasConversion<string>().HasMaxLength(30);
        b.HasMany(a => a.DataSets).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ApplicationDataSet> b)
    {
        b.ToTable("SpbeApplicationDataSets");
        b.HasKey(d => new { d.ApplicationId, d.DataSetId });
        b.Property(d => d.TenantId).HasMaxLength(40);
        b.HasOne<DataSet>().WithMany().HasForeignKey(d => d.DataSetId).OnDelete(DeleteBehavior.Cascade);
    }
}
