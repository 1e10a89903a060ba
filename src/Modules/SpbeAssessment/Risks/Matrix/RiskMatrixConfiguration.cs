using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Risks.Matrix;

internal sealed class RiskMatrixConfiguration : IEntityTypeConfiguration<RiskMatrixCell>, IEntityTypeConfiguration<RiskBandSetting>
{
    public void Configure(EntityTypeBuilder<RiskMatrixCell> b)
    {
        b.ToTable("SpbeRiskMatrixCells");
        b.Property(c => c.TenantId).HasMaxLength(40);
        b.HasIndex(c => new { c.TenantId, c.Likelihood, c.Impact }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<RiskBandSetting> b)
    {
        b.ToTable("SpbeRiskBands");
        b.Property(c => c.TenantId).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(40);
        b.HasIndex(c => new { c.TenantId, c.Level }).IsUnique();
    }
}
