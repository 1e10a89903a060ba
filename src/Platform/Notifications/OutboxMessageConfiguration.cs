using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        b.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Recipient).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(Outbox.MaxSubjectLength);
        b.Property(m => m.LastError).HasMaxLength(OutboxDispatcher.MaxErrorLength);
        b.Ignore(m => m.Status);
    }
}
