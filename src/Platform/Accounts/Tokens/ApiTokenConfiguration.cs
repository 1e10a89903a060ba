using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Accounts.Tokens;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        // Unique across the deployment: a request's token is found before its tenant is known.
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => new { t.TenantId, t.UserId });
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.UserId).HasMaxLength(64);
        b.Property(t => t.Partner).HasMaxLength(200);
        b.Property(t => t.Scopes).HasMaxLength(500);
        b.Property(t => t.Prefix).HasMaxLength(20);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.CreatedBy).HasMaxLength(200);
        b.Ignore(t => t.ScopeList);
    }
}
