using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Accounts.Registration;

internal sealed class AccountRegistrationConfiguration : IEntityTypeConfiguration<AccountRegistration>
{
    public void Configure(EntityTypeBuilder<AccountRegistration> b)
    {
        b.HasIndex(r => new { r.TenantId, r.Nik });
        b.HasIndex(r => new { r.TenantId, r.UserId });
        b.Property(r => r.UserId).HasMaxLength(64);
        b.Property(r => r.Nik).HasMaxLength(16);
        b.Property(r => r.KkNumber).HasMaxLength(16);
        b.Property(r => r.FullName).HasMaxLength(200);
        b.Property(r => r.VillageCode).HasMaxLength(13);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.RegisteredBy).HasMaxLength(200);
        b.Property(r => r.CodeChannel).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Recipient).HasMaxLength(320);
        b.Property(r => r.CodeSalt).HasMaxLength(32);
        b.Property(r => r.CodeHash).HasMaxLength(64);
    }
}
