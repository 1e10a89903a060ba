using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("Regions");
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(13);
        b.Property(r => r.Name).HasMaxLength(120);
        b.Property(r => r.SearchName).HasMaxLength(120);
        b.Property(r => r.ParentCode).HasMaxLength(13);
        b.Property(r => r.Level).HasConversion<int>();
        b.HasIndex(r => r.ParentCode);
        b.HasIndex(r => r.SearchName);
        b.Ignore(r => r.IsKelurahan);
        b.Ignore(r => r.IsKota);
        b.Ignore(r => r.Kind);
    }
}
