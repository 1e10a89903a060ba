using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Risks.Contexts;

internal sealed class RiskContextConfiguration : IEntityTypeConfiguration<RiskContext>, IEntityTypeConfiguration<RiskAppetite>
{
    public void Configure(EntityTypeBuilder<RiskContext> b)
    {
        b.ToTable("SpbeRiskContexts");
        b.HasIndex(c => new { c.TenantId, c.Year });
        b.Property(c => c.TenantId).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Scope).HasMaxLength(2000);
        b.Property(c => c.Objectives).HasMaxLength(2000);
        b.Property(c => c.Stakeholders).HasMaxLength(2000);
        b.HasMany(c => c.Categories).WithOne().HasForeignKey(a => a.ContextId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RiskAppetite> b)
    {
        b.ToTable("SpbeRiskAppetites");
        b.Property(a => a.TenantId).HasMaxLength(40);
        b.Property(a => a.Category).HasMaxLength(100);
        b.HasIndex(a => new { a.ContextId, a.Category }).IsUnique();
    }
}
