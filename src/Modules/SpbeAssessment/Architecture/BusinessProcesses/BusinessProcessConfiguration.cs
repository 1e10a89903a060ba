using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Architecture.BusinessProcesses;

internal sealed class BusinessProcessConfiguration : IEntityTypeConfiguration<BusinessProcess>
{
    public void Configure(EntityTypeBuilder<BusinessProcess> b)
    {
        b.ToTable("SpbeBusinessProcesses");
        b.HasIndex(p => new { p.TenantId, p.OwnerUnitId });
        b.Property(p => p.TenantId).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Description).HasMaxLength(2000);
        b.Property(p => p.RelatedServices).HasMaxLength(1000);
    }
}
