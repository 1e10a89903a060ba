using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Transparency;

internal sealed class MaskingRuleConfiguration : IEntityTypeConfiguration<MaskingRule>
{
    public void Configure(EntityTypeBuilder<MaskingRule> b)
    {
        b.ToTable("PerlinsosMaskingRules");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.HasIndex(x => x.TenantId).IsUnique();
    }
}
