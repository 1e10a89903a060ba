using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.SocialProtection.Registry;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("PerlinsosMembers");
        b.HasIndex(m => new { m.TenantId, m.Nik }).IsUnique();
        b.Property(m => m.TenantId).HasMaxLength(40);
        b.Property(m => m.Nik).HasMaxLength(16);
        b.Property(m => m.Name).HasMaxLength(150);
        b.Property(m => m.NormalizedName).HasMaxLength(150);
        b.Property(m => m.BirthPlace).HasMaxLength(100);
        b.Property(m => m.Occupation).HasMaxLength(100);
        b.Property(m => m.Sex).HasConversion<string>().HasMaxLength(10);
        b.Property(m => m.Relationship).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Disability).HasConversion<string>().HasMaxLength(10);
    }
}
