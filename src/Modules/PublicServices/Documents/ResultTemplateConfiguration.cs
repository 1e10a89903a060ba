using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Documents;

internal sealed class ResultTemplateConfiguration : IEntityTypeConfiguration<ResultTemplate>
{
    public void Configure(EntityTypeBuilder<ResultTemplate> b)
    {
        b.ToTable("PublicServicesResultTemplates");
        b.HasIndex(t => new { t.TenantId, t.ServiceId }).IsUnique();
        b.HasOne<Catalogue.Service>().WithMany().HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(t => t.Title).HasMaxLength(200);
        b.Property(t => t.Body).HasMaxLength(4000);
        b.Property(t => t.Closing).HasMaxLength(1000);
        b.Property(t => t.NumberPattern).HasMaxLength(100);
        b.Property(t => t.LastSequence).IsConcurrencyToken();
        b.Property(t => t.UpdatedBy).HasMaxLength(200);
    }
}
