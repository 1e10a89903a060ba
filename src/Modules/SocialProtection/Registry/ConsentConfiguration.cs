using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Registry;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("PerlinsosConsents");
        b.HasIndex(c => new { c.TenantId, c.HouseholdId });
        b.Property(c => c.TenantId).HasMaxLength(40);
        b.Property(c => c.ConsentedByNik).HasMaxLength(16);
        b.Property(c => c.ConsentedByName).HasMaxLength(150);
        b.Property(c => c.AgentUserName).HasMaxLength(100);
        b.Property(c => c.AgentName).HasMaxLength(150);
        b.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Witness).HasMaxLength(150);
        b.Property(c => c.Purpose).HasMaxLength(300);
        b.HasOne<Household>().WithMany().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
