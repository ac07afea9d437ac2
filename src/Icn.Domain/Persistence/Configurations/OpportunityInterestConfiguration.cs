using Icn.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class OpportunityInterestConfiguration : IEntityTypeConfiguration<OpportunityInterest>
{
    public void Configure(EntityTypeBuilder<OpportunityInterest> interest)
    {
        interest.MapEntityBasics();
        interest.Property(i => i.Message).HasMaxLength(OpportunityInterest.MessageLength);
        interest.HasOne(i => i.Opportunity).WithMany(o => o.Interests).HasForeignKey(i => i.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        interest.HasOne(i => i.Cluster).WithMany().HasForeignKey(i => i.ClusterId).OnDelete(DeleteBehavior.Cascade);
        // One standing interest per cluster and opportunity.
        interest.HasIndex(i => new { i.OpportunityId, i.ClusterId }).IsUnique();
        interest.HasIndex(i => i.ClusterId);
    }
}
