using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Opportunities;

/// <summary>Another cluster's interest in an opportunity: seen by the posting cluster and the Secretariat only.</summary>
public sealed class OpportunityInterest : Entity
{
    public Guid OpportunityId { get; set; }

    public Opportunity? Opportunity { get; set; }

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public required string Message { get; set; }

    /// <summary>Null while the interest stands.</summary>
    public DateTime? WithdrawnAt { get; set; }
}
