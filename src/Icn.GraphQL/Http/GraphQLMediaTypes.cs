using Microsoft.Net.Http.Headers;

namespace Icn.GraphQL.Http;

/// <summary>
/// Content negotiation of the GraphQL over HTTP spec: application/graphql-response+json when the
/// client accepts it, application/json for legacy clients and for a missing or wildcard Accept.
/// </summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
        {
            return Json;
        }

        // Highest quality first; on a tie the spec's own media type wins.
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0).ThenBy(r => Preference(r.MediaType.Value)))
        {
            if (range.Quality is <= 0)
            {
                continue;
            }

            switch (Preference(range.MediaType.Value))
            {
                case 0: return GraphQLResponse;
                case 1 or 2: return Json;
            }
        }

        return null;
    }

    private static int Preference(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        GraphQLResponse => 0,
        Json => 1,
        "application/*" or "*/*" => 2,
        _ => 3,
    };
}
