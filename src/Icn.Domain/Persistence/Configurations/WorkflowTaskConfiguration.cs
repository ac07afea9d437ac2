using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> task)
    {
        task.ToTable("workflow_tasks", t => { t.HasEnumCheck<WorkflowTaskStatus>("workflow_tasks", "status"); });
        task.HasKey(t => t.Id);
        task.Property(t => t.Id).ValueGeneratedOnAdd();
        task.Property(t => t.ActivityId).HasMaxLength(100);
        task.Property(t => t.Title).HasMaxLength(300);
        task.Property(t => t.AssigneeRole).HasMaxLength(40);
        task.Property(t => t.FormFields).HasColumnType("jsonb");
        task.Property(t => t.SubjectId).HasMaxLength(WorkflowInstance.SubjectIdLength);
        task.Property(t => t.Status).StoredAsText();
        task.Property(t => t.Outcome).HasMaxLength(WorkflowTask.OutcomeLength);
        task.Property(t => t.Comment).HasMaxLength(WorkflowTask.CommentLength);
        task.Property(t => t.Data).HasColumnType("jsonb");
        task.Property(t => t.CreatedAt).HasDefaultValueSql("now()");
        task.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);

        // Inboxes: a person's open tasks and their roles' open tasks, each from its own index.
        task.HasIndex(t => new { t.AssigneeUserId, t.CreatedAt }).HasFilter("status = 'open'").HasDatabaseName("ix_workflow_tasks_open_by_user");
        task.HasIndex(t => new { t.AssigneeRole, t.CreatedAt }).HasFilter("status = 'open'").HasDatabaseName("ix_workflow_tasks_open_by_role");
        task.HasIndex(t => t.BookmarkId);
        task.HasIndex(t => t.InstanceId);
    }
}
