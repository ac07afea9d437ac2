using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Sectors;

namespace Icn.Domain.Members;

/// <summary>An organisation that belongs to one cluster.</summary>
public sealed class Member : Entity
{
    // The limits of a member's fields, shared by the API's input rules and the columns.
    public const int NameLength = 200;
    public const int UrlLength = 500;
    public const int DescriptionLength = 5000;

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public const int CountryCodeLength = 2;

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public required string Name { get; set; }

    public MemberKind Kind { get; set; }

    public string? CountryCode { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    public List<Sector> Sectors { get => field ??= []; }
}
