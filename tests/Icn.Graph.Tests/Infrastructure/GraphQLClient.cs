using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>Posts GraphQL requests as a website would, and reads the answer as JSON.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json", string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), JsonNode.Parse(body)!.AsObject());
    }
}

/// <summary>An answer: status, content type and the parsed body.</summary>
public sealed record GraphQLResponse(int Status, string? ContentType, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];

    public string? FirstErrorCode => Errors.Count > 0 ? Errors[0]?["extensions"]?["code"]?.GetValue<string>() : null;

    /// <summary>The body indented, for snapshots a reviewer can read.</summary>
    public string Pretty => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
