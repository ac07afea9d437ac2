using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;

namespace Icn.Domain.Clusters;

/// <summary>A regional cleantech cluster: a member of ICN, or applying to be one.</summary>
public sealed class Cluster : Entity
{
    // The limits of a profile, shared by the API's input rules and the columns.
    public const int NameLength = 200;
    public const int DescriptionLength = 5000;
    public const int CityLength = 120;
    public const int UrlLength = 500;
    public const int StrategyLength = 5000;
    public const int EarliestFoundedYear = 1800;

    /// <summary>The largest count of a member base (its size and each strand of its triple helix).</summary>
    public const int MaxCount = 1_000_000;

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

    /// <summary>From <see cref="EarliestFoundedYear"/> to this year.</summary>
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
