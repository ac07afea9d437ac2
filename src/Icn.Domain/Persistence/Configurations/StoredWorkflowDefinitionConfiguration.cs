using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class StoredWorkflowDefinitionConfiguration : IEntityTypeConfiguration<StoredWorkflowDefinition>
{
    public void Configure(EntityTypeBuilder<StoredWorkflowDefinition> definition)
    {
        definition.ToTable("workflow_definitions", table =>
            table.HasCheckConstraint("ck_workflow_definitions_published_at", "is_published = (published_at IS NOT NULL)"));
        definition.HasKey(d => d.Id);
        definition.Property(d => d.Id).ValueGeneratedOnAdd();
        definition.Property(d => d.DefinitionId).HasMaxLength(100);
        definition.Property(d => d.Name).HasMaxLength(200);
        definition.Property(d => d.Json).HasColumnType("jsonb");
        definition.Property(d => d.CreatedAt).HasDefaultValueSql("now()");
        definition.Property(d => d.UpdatedAt).HasDefaultValueSql("now()");
        definition.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
        // At most one draft per definition: saving a draft twice edits it, never forks it.
        definition.HasIndex(d => d.DefinitionId).IsUnique().HasFilter("NOT is_published").HasDatabaseName("ix_workflow_definitions_one_draft");
    }
}
