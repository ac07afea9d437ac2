using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class WorkflowJournalEntryConfiguration : IEntityTypeConfiguration<WorkflowJournalEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalEntry> entry)
    {
        entry.ToTable("workflow_journal");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).UseIdentityAlwaysColumn();
        entry.Property(e => e.ActivityId).HasMaxLength(100);
        entry.Property(e => e.ActivityType).HasMaxLength(100);
        entry.Property(e => e.Event).HasMaxLength(20);
        entry.Property(e => e.Outcome).HasMaxLength(400);
        entry.Property(e => e.Summary).HasMaxLength(1000);
        entry.HasOne<WorkflowInstance>().WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.InstanceId, e.Id });
    }
}
