using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class WorkflowIncidentConfiguration : IEntityTypeConfiguration<WorkflowIncident>
{
    public void Configure(EntityTypeBuilder<WorkflowIncident> incident)
    {
        incident.ToTable("workflow_incidents");
        incident.HasKey(i => i.Id);
        incident.Property(i => i.Id).ValueGeneratedOnAdd();
        incident.Property(i => i.ActivityId).HasMaxLength(100);
        incident.Property(i => i.Message).HasMaxLength(2000);
        incident.Property(i => i.Wake).HasColumnType("jsonb");
        incident.Property(i => i.Resolution).HasMaxLength(20);
        incident.Property(i => i.CreatedAt).HasDefaultValueSql("now()");
        incident.HasOne<WorkflowInstance>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
        incident.HasIndex(i => new { i.InstanceId, i.CreatedAt });
    }
}
