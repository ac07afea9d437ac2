using GraphQL;
using GraphQL.Types;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.GraphQL.Errors;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Icn.GraphQL.Sorting;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Search;

/// <summary>
/// <c>search(query:)</c>: PostgreSQL full-text search over the public text of clusters, members,
/// opportunities, events and articles, ranked, in one SQL command per page (plus one per kind of
/// node found). Each kind is searched through its own visibility rule, so a row the caller may not
/// read is never found — and restricted fields are not in the index at all.
/// </summary>
internal sealed class SearchQueries(IEnumerable<INodeSource> sources) : IQueryFields
{
    private static readonly SortDefinition<SearchHit> Sort = new SortDefinition<SearchHit>("SearchResultSort", "Search results order.")
        .Add("rank", "By rank.", hit => hit.Rank);

    private static readonly SortOrder<SearchHit> ByRank = new([(Sort["rank"], true)]);

    private readonly Dictionary<string, INodeSource> sourcesByType = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

    public void AddTo(ObjectGraphType query)
    {
        var field = query.Field<NonNullGraphType<ConnectionGraphType<SearchResultInterface, SearchResultEdgeGraphType>>>("search")
            .Description("Finds clusters, members, opportunities, events and articles by their text, best match first.")
            .Argument<NonNullGraphType<StringGraphType>>(
                "query",
                $"What to look for, as in a web search: words, \"a phrase\", -excluded, or. At most {SearchText.MaxLength} characters.")
            .ResolveAsync(async context => await SearchAsync(context))
            .FieldType;
        PageArguments.AddTo(field);
    }

    private async Task<object> SearchAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("query").Trim();
        if (SearchText.Problem(text) is { } problem)
        {
            throw new UserInputError(problem);
        }

        var page = PageArguments.From(context);
        var services = context.RequestServices!;
        var hits = await context.QueryAsync((db, viewer, cancellationToken) =>
            Keyset.Page(Hits(db, viewer, text), ByRank, page, hit => hit.Id).ToListAsync(cancellationToken));

        var nodes = await LoadNodesAsync(hits, services, context.CancellationToken);
        // Page info from the hits as fetched; a hit whose row vanished in between is only left out of the edges.
        var connection = Keyset.ToConnection(hits, ByRank, page, _ => Task.FromResult(0), hit => hit.Id);
        var edges = connection.Edges.Cast<Edge<SearchHit>>()
            .Where(e => nodes.ContainsKey(e.Node.Id))
            .Select(e => new SearchEdge(e.Cursor, nodes[e.Node.Id], e.Node.Rank)).ToList();
        return new SearchConnection(edges, connection.PageInfo, cancellationToken =>
            services.QueryAsync((db, viewer, token) => Hits(db, viewer, text).CountAsync(token), cancellationToken));
    }

    /// <summary>Every visible match of every kind, as one UNION ALL.</summary>
    private static IQueryable<SearchHit> Hits(IcnDbContext db, Viewer viewer, string text)
    {
        return db.Clusters.VisibleTo(viewer).Matching("Cluster", text)
            .Concat(db.Members.VisibleTo(viewer).Matching("Member", text))
            .Concat(db.Opportunities.VisibleTo(viewer).Matching("Opportunity", text))
            .Concat(db.Events.VisibleTo(viewer).Matching("Event", text))
            .Concat(db.Articles.VisibleTo(viewer).Matching("Article", text));
    }

    private async Task<Dictionary<Guid, object>> LoadNodesAsync(IReadOnlyList<SearchHit> hits, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<Guid, object>();
        foreach (var kind in hits.GroupBy(hit => hit.Kind))
        {
            var rows = await sourcesByType[kind.Key].LoadAsync(kind.Select(hit => hit.Id).ToArray(), requestServices, cancellationToken);
            foreach (var (id, row) in rows)
            {
                nodes[id] = row;
            }
        }

        return nodes;
    }
}
