using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Architecture.DataSets;

internal sealed class DataSetConfiguration : IEntityTypeConfiguration<DataSet>
{
    public void Configure(EntityTypeBuilder<DataSet> b)
    {
        b.ToTable("SpbeDataSets");
        b.HasIndex(d => new { d.TenantId, d.OwnerUnitId });
        b.Property(d => d.TenantId).HasMaxLength(40);
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Format).HasMaxLength(100);
        b.Property(d => d.Description).HasMaxLength(2000);
        b.Property(d => d.Classification).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.UpdateFrequency).HasConversion<string>().HasMaxLength(20);
    }
}
