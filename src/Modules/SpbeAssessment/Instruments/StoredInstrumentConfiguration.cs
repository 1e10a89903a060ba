using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SpbeAssessment.Instruments;

internal sealed class StoredInstrumentConfiguration : IEntityTypeConfiguration<StoredInstrument>
{
    public void Configure(EntityTypeBuilder<StoredInstrument> b)
    {
        b.ToTable("SpbeInstruments");
        b.HasIndex(i => new { i.TenantId, i.InstrumentId }).IsUnique();
        b.Property(i => i.InstrumentId).HasMaxLength(60);
        b.Property(i => i.Name).HasMaxLength(300);
        b.Property(i => i.Regulation).HasMaxLength(500);
        b.Property(i => i.UpdatedBy).HasMaxLength(200);
    }
}
