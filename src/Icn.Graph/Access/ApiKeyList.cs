using Icn.Domain.Access;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>The filter and orders of the list of website keys.</summary>
internal static class ApiKeyList
{
    public static FilterDefinition<ApiKey> Filter { get; } = new FilterDefinition<ApiKey>("ApiKeyFilter", "Conditions on a website key; several fields must all hold.")
        .Id("ApiKey")
        .String("name", "What the key is for.", k => k.Name)
        .Key("clusterId", "The cluster the key was issued to.", "Cluster", k => k.ClusterId)
        .DateTime("createdAt", "When the key was made.", k => k.CreatedAt)
        .DateTime("lastUsedAt", "When the key was last used; `eq: null` finds keys never used.", k => k.LastUsedAt)
        .DateTime("revokedAt", "When the key was revoked; `eq: null` finds the keys that work.", k => k.RevokedAt);

    public static SortDefinition<ApiKey> Sort { get; } = new SortDefinition<ApiKey>("ApiKeySort", "One way to order website keys.")
        .Add("name", "By name.", k => k.Name)
        .Add("createdAt", "By creation time.", k => k.CreatedAt)
        .Add("lastUsedAt", "By last use.", k => k.LastUsedAt);

    public static ListDefinition<ApiKey> Definition { get; } = new(
        Filter, typeof(ApiKeyFilterGraphType), Sort, typeof(ApiKeySortGraphType),
        new SortOrder<ApiKey>([(Sort["createdAt"], true)]), "newest first");
}

internal sealed class ApiKeyFilterGraphType() : EntityFilterGraphType<ApiKey>(ApiKeyList.Filter);

internal sealed class ApiKeySortGraphType() : EntitySortGraphType<ApiKey>(ApiKeyList.Sort);
