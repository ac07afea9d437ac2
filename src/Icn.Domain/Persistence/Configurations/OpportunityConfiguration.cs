using Icn.Domain.Opportunities;
using Icn.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> opportunity)
    {
        opportunity.MapEntityBasics();
        opportunity.Property(o => o.Title).HasMaxLength(Opportunity.TitleLength);
        opportunity.Property(o => o.Summary).HasMaxLength(Opportunity.SummaryLength);
        opportunity.Property(o => o.Kind).StoredAsText();
        opportunity.Property(o => o.Status).StoredAsText();
        opportunity.HasOne(o => o.PostedBy).WithMany().HasForeignKey(o => o.PostedById).OnDelete(DeleteBehavior.Cascade);
        opportunity.MapSectors(o => o.Sectors, "opportunity_sectors");
        opportunity.HasMany(o => o.TargetRegions).WithMany().MapJoinTable<Opportunity, Region>("opportunity_target_regions");

        // The website listing: published opportunities, newest first, id as the tie-breaker.
        opportunity.HasIndex(o => new { o.Status, o.PublishedAt, o.Id }).IsDescending(false, true, true);
        opportunity.HasIndex(o => new { o.PublishedAt, o.Id }).IsDescending(true, true);
        opportunity.HasIndex(o => new { o.PostedById, o.PublishedAt, o.Id }).IsDescending(false, true, true);
        opportunity.HasIndex(o => new { o.Deadline, o.Id });
        opportunity.HasIndex(o => new { o.Title, o.Id });
        opportunity.HasIndex(o => o.Kind);
        opportunity.HasTrigramIndex(nameof(Opportunity.Title));
        opportunity.MapSearchVector(("title", 'A'), ("summary", 'B'), ("body", 'C'));

        opportunity.ToTable(t =>
        {
            t.HasEnumCheck<OpportunityKind>("opportunities", "kind");
            t.HasEnumCheck<OpportunityStatus>("opportunities", "status");
            t.HasCheckConstraint("ck_opportunities_title", SqlChecks.NotBlank("title"));
            t.HasCheckConstraint("ck_opportunities_published_at", "status = 'draft' OR published_at IS NOT NULL");
            t.HasCheckConstraint("ck_opportunities_closed_at", "status <> 'closed' OR closed_at IS NOT NULL");
        });
    }
}
