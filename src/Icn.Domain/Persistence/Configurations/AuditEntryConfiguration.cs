using Icn.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.Property(e => e.ActorName).HasMaxLength(320);
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.EntityType).HasMaxLength(100);
        entry.Property(e => e.Before).HasColumnType("jsonb");
        entry.Property(e => e.After).HasColumnType("jsonb");

        // The log is read newest first, by who, by row and by kind of row.
        entry.HasIndex(e => new { e.At, e.Id });
        entry.HasIndex(e => new { e.ActorId, e.At });
        entry.HasIndex(e => new { e.EntityId, e.At });
        entry.HasIndex(e => new { e.EntityType, e.At });
    }
}
