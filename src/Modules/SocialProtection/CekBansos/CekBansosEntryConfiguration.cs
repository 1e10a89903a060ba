using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.CekBansos;

internal sealed class CekBansosEntryConfiguration : IEntityTypeConfiguration<CekBansosEntry>
{
    public void Configure(EntityTypeBuilder<CekBansosEntry> b)
    {
        b.ToTable("PerlinsosCekBansos");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.NikHash).HasMaxLength(32);
        b.Property(x => x.NameKey).HasMaxLength(200);
        b.Property(x => x.ProgramName).HasMaxLength(200);
        b.Property(x => x.Period).HasMaxLength(20);
        b.Property(x => x.VillageName).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.TenantId, x.NikHash });
        b.HasIndex(x => new { x.ProgramId });
    }
}
