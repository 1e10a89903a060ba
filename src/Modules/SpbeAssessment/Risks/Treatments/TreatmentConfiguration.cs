using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Risks.Treatments;

internal sealed class TreatmentConfiguration : IEntityTypeConfiguration<Treatment>
{
    public void Configure(EntityTypeBuilder<Treatment> b)
    {
        b.ToTable("SpbeRiskTreatments");
        b.Ignore(t => t.Latest);
        b.Property(t => t.TenantId).HasMaxLength(40);
        b.Property(t => t.Plan).HasMaxLength(2000);
        b.Property(t => t.Option).HasConversion<string>().HasMaxLength(20);
        b.HasMany(t => t.Monitoring).WithOne().HasForeignKey(m => m.TreatmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
