using Icn.Domain.Sectors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> sector)
    {
        sector.MapEntityBasics();
        sector.Property(s => s.Slug).HasMaxLength(80);
        sector.Property(s => s.Name).HasMaxLength(120);
        sector.HasIndex(s => s.Slug).IsUnique();
        sector.HasOne(s => s.Parent).WithMany(s => s.Children).HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        sector.ToTable(t =>
        {
            t.HasCheckConstraint("ck_sectors_slug", SqlChecks.Slug("slug"));
            t.HasCheckConstraint("ck_sectors_not_own_parent", "parent_id IS NULL OR parent_id <> id");
        });
    }
}
