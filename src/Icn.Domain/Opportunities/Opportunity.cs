using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;

namespace Icn.Domain.Opportunities;

/// <summary>A business opportunity one cluster shares with the network.</summary>
public sealed class Opportunity : Entity
{
    public Guid PostedById { get; set; }

    public Cluster? PostedBy { get; set; }

    public OpportunityKind Kind { get; set; }

    public OpportunityStatus Status { get; set; } = OpportunityStatus.Draft;

    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    /// <summary>Set when first published; a draft has none.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>The last day on which answers are welcome.</summary>
    public DateOnly? Deadline { get; set; }

    public List<Sector> Sectors { get => field ??= []; }

    public List<Region> TargetRegions { get => field ??= []; }

    public List<OpportunityInterest> Interests { get => field ??= []; }
}
