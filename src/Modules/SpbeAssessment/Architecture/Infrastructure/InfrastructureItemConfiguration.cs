using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Architecture.Infrastructure;

internal sealed class InfrastructureItemConfiguration : IEntityTypeConfiguration<InfrastructureItem>
{
    public void Configure(EntityTypeBuilder<InfrastructureItem> b)
    {
        b.ToTable("SpbeInfrastructure");
        b.Property(i => i.TenantId).HasMaxLength(40);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Location).HasMaxLength(300);
        b.Property(i => i.Notes).HasMaxLength(2000);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
