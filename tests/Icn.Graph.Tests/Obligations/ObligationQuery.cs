using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Obligations;

/// <summary>The obligations query as a client sends it, and its rows.</summary>
public static class ObligationQuery
{
    public const string Text = """
        query Obligations($year: Int!, $clusterId: ID, $late: Boolean) {
          obligations(year: $year, clusterId: $clusterId, late: $late) {
            cluster { id slug }
            year kind met due late summary
            evidence { description date node { __typename id } }
          }
        }
        """;

    public static Task<GraphQLResponse> AskAsync(this GraphQLClient client, int year, string? clusterId = null, bool? late = null) =>
        client.PostAsync(Text, new { year, clusterId, late });

    /// <summary>The rows, after checking the request had no errors.</summary>
    public static async Task<List<JsonNode>> RowsAsync(this GraphQLClient client, int year, string? clusterId = null, bool? late = null)
    {
        var response = await client.AskAsync(year, clusterId, late);
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return [.. response.Data!["obligations"]!.AsArray().Select(row => row!)];
    }

    /// <summary>The rows of one cluster, by kind.</summary>
    public static Dictionary<string, JsonNode> ByKind(this IEnumerable<JsonNode> rows) =>
        rows.ToDictionary(row => row["kind"]!.GetValue<string>());

    public static string? Due(this JsonNode row) => row["due"]?.GetValue<string>();

    public static bool Met(this JsonNode row) => row["met"]!.GetValue<bool>();

    public static bool Late(this JsonNode row) => row["late"]!.GetValue<bool>();

    public static string ClusterId(this JsonNode row) => row["cluster"]!["id"]!.GetValue<string>();

    public static JsonArray Evidence(this JsonNode row) => row["evidence"]!.AsArray();

    /// <summary>The __typename of each evidence item's node (null where there is none).</summary>
    public static List<string?> EvidenceTypes(this JsonNode row) =>
        [.. row.Evidence().Select(e => e!["node"]?["__typename"]?.GetValue<string>())];
}
