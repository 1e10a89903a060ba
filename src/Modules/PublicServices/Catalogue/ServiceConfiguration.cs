using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Catalogue;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> b)
    {
        b.ToTable("PublicServicesServices");
        b.HasIndex(s => new { s.TenantId, s.Code }).IsUnique();
        b.HasIndex(s => new { s.TenantId, s.Category });
        b.Property(s => s.Code).HasMaxLength(80);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Category).HasMaxLength(40);
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.OwnerUnitCode).HasMaxLength(40);
        b.Property(s => s.Summary).HasMaxLength(1000);
        b.Property(s => s.LegalBasis).HasMaxLength(4000);
        b.Property(s => s.Requirements).HasMaxLength(4000);
        b.Property(s => s.Procedure).HasMaxLength(4000);
        b.Property(s => s.Fee).HasPrecision(18, 2);
        b.Property(s => s.Product).HasMaxLength(1000);
        b.Property(s => s.ComplaintChannel).HasMaxLength(1000);
    }
}
