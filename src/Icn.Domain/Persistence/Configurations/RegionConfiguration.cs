using Icn.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.MapEntityBasics();
        region.Property(r => r.Slug).HasMaxLength(80);
        region.Property(r => r.Name).HasMaxLength(120);
        region.HasIndex(r => r.Slug).IsUnique();
        region.ToTable(t => t.HasCheckConstraint("ck_regions_slug", SqlChecks.Slug("slug")));
    }
}
