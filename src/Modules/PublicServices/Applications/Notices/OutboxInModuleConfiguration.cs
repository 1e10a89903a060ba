using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.Platform.Notifications;

namespace Pamong.PublicServices.Applications.Notices;

/// <summary>
/// The platform's outbox table, seen from this module's context (owned and migrated by the platform): a notice
/// is saved in the same transaction as the application change that caused it.
/// </summary>
internal sealed class OutboxInModuleConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages", t => t.ExcludeFromMigrations());
        b.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        b.Ignore(m => m.Status);
    }
}
