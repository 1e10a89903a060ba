using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.SpbeAssessment.Architecture.Applications;

namespace Pamong.SpbeAssessment.Architecture.Integrations;

internal sealed class IntegrationConfiguration : IEntityTypeConfiguration<Integration>
{
    public void Configure(EntityTypeBuilder<Integration> b)
    {
        b.ToTable("SpbeIntegrations");
        b.Ignore(i => i.From);
        b.Ignore(i => i.To);
        b.Property(i => i.TenantId).HasMaxLength(40);
        b.Property(i => i.FromPamong).HasMaxLength(60);
        b.Property(i => i.ToPamong).HasMaxLength(60);
        b.Property(i => i.DataExchanged).HasMaxLength(500);
        b.Property(i => i.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        // An application cannot be deleted while an integration still names it.
        b.HasOne<Application>().WithMany().HasForeignKey(i => i.FromApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Application>().WithMany().HasForeignKey(i => i.ToApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
