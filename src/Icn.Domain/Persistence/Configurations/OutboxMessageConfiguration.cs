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

        // The worker reads what is still to be delivered, oldest first.
        message.HasIndex(m => m.CreatedAt).HasFilter("delivered_at IS NULL");
    }
}
