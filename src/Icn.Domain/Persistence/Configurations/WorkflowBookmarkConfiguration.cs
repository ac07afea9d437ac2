using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class WorkflowBookmarkConfiguration : IEntityTypeConfiguration<WorkflowBookmark>
{
    public void Configure(EntityTypeBuilder<WorkflowBookmark> bookmark)
    {
        bookmark.ToTable("workflow_bookmarks", t => { t.HasEnumCheck<BookmarkKind>("workflow_bookmarks", "kind"); });
        bookmark.HasKey(b => b.Id);
        bookmark.Property(b => b.Id).ValueGeneratedOnAdd();
        bookmark.Property(b => b.ActivityId).HasMaxLength(100);
        bookmark.Property(b => b.Kind).StoredAsText();
        bookmark.Property(b => b.Key).HasMaxLength(400);
        bookmark.Property(b => b.Data).HasColumnType("jsonb");
        bookmark.Property(b => b.CreatedAt).HasDefaultValueSql("now()");
        bookmark.HasOne<WorkflowInstance>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
        bookmark.HasOne<WorkflowBookmark>().WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.Cascade);

        // Waking goes through these: a signal by kind and key, due timers by time.
        bookmark.HasIndex(b => new { b.Kind, b.Key });
        bookmark.HasIndex(b => b.DueAt).HasFilter("kind = 'timer'");
        bookmark.HasIndex(b => b.InstanceId);
        bookmark.HasIndex(b => b.ParentId);
    }
}
