using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Opportunities;

/// <summary>Another cluster's interest in an opportunity: seen by the posting cluster and the Secretariat only.</summary>
public sealed class OpportunityInterest : Entity
{
    public const int MessageLength = 4000;

    public Guid OpportunityId { get; set; }

    public Opportunity? Opportunity { get; set; }

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public required string Message { get; set; }

    /// <summary>Null while the interest stands.</summary>
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>Whether the interest still stands (it was not withdrawn).</summary>
    public bool Stands => WithdrawnAt is null;

    /// <summary>Expresses the interest again, with a new message, after it was withdrawn.</summary>
    public RuleBreak? Renew(string message)
    {
        if (Stands)
        {
            return RuleBreak.Conflict("This cluster has already expressed interest in this opportunity.");
        }

        Message = message;
        WithdrawnAt = null;
        return null;
    }

    /// <summary>The cluster is no longer interested; the posting cluster keeps the record.</summary>
    public void Withdraw(DateTime now) => WithdrawnAt = now;
}
