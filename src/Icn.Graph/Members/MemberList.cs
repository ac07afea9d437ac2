using Icn.Domain.Clusters;
using Icn.Domain.Members;
using Icn.Domain.Sectors;
using Icn.Graph.Clusters;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Sectors;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Members;

/// <summary>The filter and orders of every list of member organisations.</summary>
internal static class MemberList
{
    public static FilterDefinition<Member> Filter { get; } = new FilterDefinition<Member>("MemberFilter", "Conditions on a member organisation; several fields must all hold.")
        .Id("Member")
        .String("name", "The organisation's name.", m => m.Name)
        .Enum<Member, MemberKindGraphType, MemberKind>("kind", "The organisation's strand of the triple helix.", m => m.Kind)
        .String("countryCode", "The organisation's country (ISO 3166-1 alpha-2).", m => m.CountryCode)
        .Relation<Member, Cluster, ClusterFilterGraphType>("cluster", "The cluster the organisation belongs to.", m => m.Cluster, () => ClusterList.Filter)
        .Collection<Member, Sector, SectorFilterGraphType>("sectors", "The organisation's sectors.", m => m.Sectors, () => SectorFilter.Definition);

    public static SortDefinition<Member> Sort { get; } = new SortDefinition<Member>("MemberSort", "One way to order member organisations.")
        .Add("name", "By name.", m => m.Name);

    public static ListDefinition<Member> Definition { get; } = new(
        Filter, typeof(MemberFilterGraphType), Sort, typeof(MemberSortGraphType),
        new SortOrder<Member>([(Sort["name"], false)]), "name ascending")
    {
        References = [ClusterPreloads.For("cluster", nameof(Member.Cluster))],
        Collection = SectorPreloads.For<Member>(m => m.Sectors, l => l.OfMember),
        OptionalColumns = [new(nameof(Member.Description), "description")],
    };
}

internal sealed class MemberFilterGraphType() : EntityFilterGraphType<Member>(MemberList.Filter);

internal sealed class MemberSortGraphType() : EntitySortGraphType<Member>(MemberList.Sort);
