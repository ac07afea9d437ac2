using System.ComponentModel;
using Icn.Domain.Clusters;
using Icn.Graph.Engine.Mutations;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Clusters;

// The input of updateCluster and the records nested in it. A field of a cluster's profile that
// editors write is declared here once: its GraphQL field, its rule (the limit is the entity's, as
// in its EF configuration) and how it reaches the entity.

/// <summary>The input of updateCluster: each field left out keeps its value.</summary>
internal sealed record UpdateClusterInput
{
    [Id("Cluster"), Description("The cluster (an editor's own).")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }

    [Text(Cluster.NameLength), Description("The cluster's name, at most {max} characters.")]
    public Optional<string> Name { get; init; }

    [Text(Cluster.DescriptionLength), Description("What the cluster is and does, in plain text, at most {max} characters.")]
    public Optional<string> Description { get; init; }

    [Text(Cluster.CityLength), Description("The city the cluster is based in, at most {max} characters; null removes it.")]
    public Optional<string?> City { get; init; }

    [Text(Cluster.UrlLength), GraphType(typeof(UrlGraphType)), Description("The cluster's own website, at most {max} characters; null removes it.")]
    public Optional<string?> Website { get; init; }

    [Text(Cluster.UrlLength), GraphType(typeof(UrlGraphType)), Description("An image of the cluster's logo, at most {max} characters; null removes it.")]
    public Optional<string?> LogoUrl { get; init; }

    [Year(Cluster.EarliestFoundedYear), Description("The year the cluster was founded, from {min} to this year; null removes it.")]
    public Optional<int?> FoundedYear { get; init; }

    [Range(0, Cluster.MaxCount), Description("The size of the cluster's own member base (zero or more).")]
    public Optional<int> MemberCount { get; init; }

    [WhenCleared("send the counts to change"), Description("How the member base divides into the triple helix; counts left out keep their value.")]
    public Optional<TripleHelixChange> Helix { get; init; }

    [Text(Cluster.StrategyLength), Description("A summary of the cluster's international strategy, at most {max} characters; null removes it.")]
    public Optional<string?> InternationalStrategy { get; init; }

    // An explicit null for the list keeps the links, as leaving it out does.
    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("The cluster's sectors (replacing the current ones), at most {max}.")]
    public Optional<IReadOnlyList<Guid>?> SectorIds { get; init; }

    [Description("The cluster's contact person; fields left out keep their value, null removes the whole contact.")]
    public Optional<ContactChange?> Contact { get; init; }

    /// <summary>Writes the fields that were sent onto <paramref name="cluster"/> (its sectors apart: they are looked up first).</summary>
    public void ApplyTo(Cluster cluster)
    {
        cluster.Name = Name.Or(cluster.Name);
        cluster.Description = Description.Or(cluster.Description);
        cluster.City = City.Or(cluster.City);
        cluster.Website = Website.Or(cluster.Website);
        cluster.LogoUrl = LogoUrl.Or(cluster.LogoUrl);
        cluster.FoundedYear = FoundedYear.Or(cluster.FoundedYear);
        cluster.MemberCount = MemberCount.Or(cluster.MemberCount);
        cluster.InternationalStrategy = InternationalStrategy.Or(cluster.InternationalStrategy);

        // A null sent for the helix is an error already (nothing is saved), so only counts are applied.
        if (Helix is { IsGiven: true, Value: { } helix })
        {
            helix.ApplyTo(cluster.Helix);
        }

        if (Contact.IsGiven)
        {
            if (Contact.Value is { } contact)
            {
                contact.ApplyTo(cluster.Contact);
            }
            else
            {
                cluster.Contact.Forget();
            }
        }
    }
}

/// <summary>New triple-helix counts of updateCluster.</summary>
[InputType("TripleHelixInput", "New triple-helix counts; counts left out keep their value.")]
internal sealed record TripleHelixChange
{
    [Range(0, Cluster.MaxCount), Description("Companies among the cluster's members (zero or more).")]
    public Optional<int> Companies { get; init; }

    [Range(0, Cluster.MaxCount), Description("Universities and research institutions among the cluster's members (zero or more).")]
    public Optional<int> ResearchInstitutions { get; init; }

    [Range(0, Cluster.MaxCount), Description("Public authorities among the cluster's members (zero or more).")]
    public Optional<int> PublicAuthorities { get; init; }

    public void ApplyTo(TripleHelix counts)
    {
        counts.Companies = Companies.Or(counts.Companies);
        counts.ResearchInstitutions = ResearchInstitutions.Or(counts.ResearchInstitutions);
        counts.PublicAuthorities = PublicAuthorities.Or(counts.PublicAuthorities);
    }
}

/// <summary>A change of a cluster's contact person in updateCluster.</summary>
[InputType("ContactInput", "The cluster's contact person (personal data, read by the network's staff only); fields left out keep their value, null clears one.")]
internal sealed record ContactChange
{
    [Text(ClusterContact.NameLength), Description("The contact person's name.")]
    public Optional<string?> Name { get; init; }

    [Text(ClusterContact.EmailLength, Format = TextFormat.Email), Description("The contact person's e-mail address.")]
    public Optional<string?> Email { get; init; }

    [Text(ClusterContact.PhoneLength, Format = TextFormat.Phone), Description("The contact person's phone number: digits, spaces, '+', '-', '(', ')', '.' and '/'.")]
    public Optional<string?> Phone { get; init; }

    public void ApplyTo(ClusterContact person)
    {
        person.Name = Name.Or(person.Name);
        person.Email = Email.Or(person.Email);
        person.Phone = Phone.Or(person.Phone);
    }
}
