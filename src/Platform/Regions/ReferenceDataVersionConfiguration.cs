using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Regions;

internal sealed class ReferenceDataVersionConfiguration : IEntityTypeConfiguration<ReferenceDataVersion>
{
    public void Configure(EntityTypeBuilder<ReferenceDataVersion> b)
    {
        b.HasKey(v => v.Name);
        b.Property(v => v.Name).HasMaxLength(40);
        b.Property(v => v.Version).HasMaxLength(100);
    }
}
