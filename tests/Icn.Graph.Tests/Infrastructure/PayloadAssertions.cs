using System.Text.Json.Nodes;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>Reads a mutation's payload and its user errors.</summary>
public static class PayloadAssertions
{
    /// <summary>The payload of <paramref name="mutation"/>, after checking the request itself had no GraphQL errors.</summary>
    public static JsonNode Payload(this GraphQLResponse response, string mutation)
    {
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return response.Data![mutation]!;
    }

    /// <summary>The payload's object, after checking it has no user errors.</summary>
    public static JsonNode Succeeded(this GraphQLResponse response, string mutation, string field)
    {
        var payload = response.Payload(mutation);
        Assert.True(payload["errors"]!.AsArray().Count == 0, response.Pretty);
        return payload[field]!;
    }

    /// <summary>The single user error of a failed mutation: its __typename, code and path.</summary>
    public static (string Type, string Code, string Path) Failed(this GraphQLResponse response, string mutation)
    {
        var errors = response.Payload(mutation)["errors"]!.AsArray();
        Assert.True(errors.Count > 0, response.Pretty);
        var error = errors[0]!;
        var path = error["path"] is JsonArray items ? string.Join('.', items.Select(p => p!.GetValue<string>())) : "";
        return (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), path);
    }

    public static IReadOnlyList<string> ErrorPaths(this GraphQLResponse response, string mutation) =>
        [.. response.Payload(mutation)["errors"]!.AsArray().Select(e => e!["path"] is JsonArray items ? string.Join('.', items.Select(p => p!.GetValue<string>())) : "")];
}
