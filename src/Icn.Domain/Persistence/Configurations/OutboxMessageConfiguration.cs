using Icn.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("outbox_messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedOnAdd();
        message.Property(m => m.IdempotencyKey).HasMaxLength(200);
        message.HasIndex(m => m.IdempotencyKey).IsUnique();
        message.Property(m => m.Kind).HasMaxLength(40);
        message.Property(m => m.Recipient).HasMaxLength(320);
        message.Property(m => m.Subject).HasMaxLength(300);
        message.Property(m => m.CreatedAt).HasDefaultValueSql("now()");

        // The delivery worker claims what is due: still to deliver, not given up, and its next
        // attempt time (null for a message never tried) reached. Partial, so delivered and given-up
        // messages, nearly all rows, are not in it and the claim reads only the few that wait.
        message.HasIndex(m => new { m.NextAttemptAt, m.CreatedAt })
            .HasDatabaseName("ix_outbox_messages_due")
            .HasFilter("delivered_at IS NULL AND gave_up_at IS NULL");
    }
}
