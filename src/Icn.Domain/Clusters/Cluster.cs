using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;

namespace Icn.Domain.Clusters;

/// <summary>A regional cleantech cluster: a member of ICN, or applying to be one.</summary>
public sealed class Cluster : Entity
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public Guid RegionId { get; set; }

    public Region? Region { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string CountryCode { get; set; }

    public string? City { get; set; }

    public string? Website { get; set; }

    public string? LogoUrl { get; set; }

    public int? FoundedYear { get; set; }

    /// <summary>The size of the cluster's own member base (not the members listed here).</summary>
    public int MemberCount { get; set; }

    public TripleHelix Helix { get; set; } = new();

    public string? InternationalStrategy { get; set; }

    public ClusterContact Contact { get; set; } = new();

    public ClusterMembership Membership { get; set; } = new();

    public List<Sector> Sectors { get => field ??= []; }

    public List<FeeInvoice> FeeInvoices { get => field ??= []; }
}
