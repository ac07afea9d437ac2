using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> instance)
    {
        instance.ToTable("workflow_instances", t => { t.HasEnumCheck<WorkflowInstanceStatus>("workflow_instances", "status"); });
        instance.HasKey(i => i.Id);
        instance.Property(i => i.Id).ValueGeneratedOnAdd();
        instance.Property(i => i.DefinitionId).HasMaxLength(100);
        instance.Property(i => i.Status).StoredAsText();
        instance.Property(i => i.Variables).HasColumnType("jsonb");
        instance.Property(i => i.Input).HasColumnType("jsonb");
        instance.Property(i => i.State).HasColumnType("jsonb");
        instance.Property(i => i.SubjectId).HasMaxLength(WorkflowInstance.SubjectIdLength);
        instance.Property(i => i.CreatedAt).HasDefaultValueSql("now()");
        instance.Property(i => i.UpdatedAt).HasDefaultValueSql("now()");

        // Admins list instances by definition and status, newest first; the Secretariat finds an
        // application's instance by its subject.
        instance.HasIndex(i => new { i.DefinitionId, i.Status, i.CreatedAt });
        instance.HasIndex(i => i.SubjectId);
    }
}
