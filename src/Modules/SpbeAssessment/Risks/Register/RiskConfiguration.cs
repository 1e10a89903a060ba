using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.SpbeAssessment.Risks.Contexts;

namespace Pamong.SpbeAssessment.Risks.Register;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> b)
    {
        b.ToTable("SpbeRisks");
        b.Ignore(r => r.Code);
        b.HasIndex(r => new { r.ContextId, r.Number }).IsUnique();
        b.Property(r => r.TenantId).HasMaxLength(40);
        b.Property(r => r.Category).HasMaxLength(100);
        b.Property(r => r.Event).HasMaxLength(500);
        b.Property(r => r.Cause).HasMaxLength(2000);
        b.Property(r => r.ImpactDescription).HasMaxLength(2000);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ImpactArea).HasConversion<string>().HasMaxLength(30);
        b.HasOne<RiskContext>().WithMany().HasForeignKey(r => r.ContextId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Treatments).WithOne().HasForeignKey(t => t.RiskId).OnDelete(DeleteBehavior.Cascade);
    }
}
