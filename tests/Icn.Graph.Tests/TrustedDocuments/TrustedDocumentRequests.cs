using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.TrustedDocuments;

/// <summary>Publishes trusted documents as an admin and sends their ids as a website would, over POST and GET.</summary>
public static class TrustedDocumentRequests
{
    public const string ModernMediaType = "application/graphql-response+json";

    public const string Publish = """
        mutation($input: PublishDocumentsInput!) {
          publishDocuments(input: $input) { documentIds errors { __typename code message path } }
        }
        """;

    /// <summary>"sha256:" and the hex SHA-256 of the text's UTF-8 bytes, computed here independently of the server.</summary>
    public static string IdOf(string body) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>Publishes the documents as admin@demo.icn; answers their ids, after checking there were no errors.</summary>
    public static async Task<IReadOnlyList<string>> PublishAsync(StaffApiFixture api, params string[] bodies)
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var response = await admin.PostAsync(Publish, new { input = new { documents = bodies.Select(body => new { body, name = "test" }) } });
        return [.. response.Succeeded("publishDocuments", "documentIds").AsArray().Select(id => id!.GetValue<string>())];
    }

    /// <summary>POSTs <c>{ documentId, variables }</c>.</summary>
    public static async Task<GraphQLResponse> PostByIdAsync(HttpClient http, string documentId, object? variables = null, string accept = ModernMediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { documentId, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await http.SendAsync(request);
        return await ReadAsync(response);
    }

    /// <summary>GETs <c>/graphql?documentId=...&amp;variables=...</c> (or with a <c>query</c> when <paramref name="query"/> is given).</summary>
    public static Task<HttpResponseMessage> GetAsync(HttpClient http, string? documentId, object? variables = null, string accept = ModernMediaType, string? ifNoneMatch = null, string? query = null)
    {
        var parameters = new List<string>();
        if (documentId is not null)
        {
            parameters.Add("documentId=" + Uri.EscapeDataString(documentId));
        }

        if (query is not null)
        {
            parameters.Add("query=" + Uri.EscapeDataString(query));
        }

        if (variables is not null)
        {
            parameters.Add("variables=" + Uri.EscapeDataString(JsonContent.Create(variables).ReadAsStringAsync().GetAwaiter().GetResult()));
        }

        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + string.Join('&', parameters));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return http.SendAsync(request);
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), JsonNode.Parse(body)!.AsObject());
    }
}
