using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Applications;

/// <summary>The documents the application tests send, and a valid application to vary.</summary>
internal static class ApplicationRequests
{
    public const string Errors = "errors { __typename code message path }";

    public const string Submit = $"mutation($input: SubmitApplicationInput!) {{ submitApplication(input: $input) {{ application {{ id status clusterName }} applicantToken {Errors} }} }}";

    public const string ByToken = "query($token: String!) { applicationByToken(token: $token) { id status clusterName description countryCode city website memberCount region { id } sectors { id } helix { companies researchInstitutions publicAuthorities } evidence { criterion text } informationRequest informationResponse decisionReason submittedAt cluster { id } } }";

    public const string Respond = $"mutation($token: String!, $response: String!) {{ respondToInformationRequest(input: {{ token: $token, response: $response }}) {{ application {{ status informationResponse }} {Errors} }} }}";

    public static readonly string[] Criteria =
        ["TRIPLE_HELIX", "TRACK_RECORD", "INTERNATIONAL_STAKEHOLDERS", "LARGE_MEMBER_BASE", "BROAD_CLEANTECH_FOCUS", "INTERNATIONAL_STRATEGY", "RESOURCE_COMMITMENT"];

    /// <summary>A valid input, named <paramref name="clusterName"/>, in a real region and sector of the demo network.</summary>
    public static async Task<JsonObject> ValidInputAsync(GraphQLClient client, string clusterName)
    {
        var reference = (await client.PostAsync("{ regions { id } sectors { id } }")).Data!;
        return new JsonObject
        {
            ["clusterName"] = clusterName,
            ["description"] = "A cluster of wind and hydrogen companies on the coast.",
            ["countryCode"] = "NO",
            ["regionId"] = reference["regions"]![0]!["id"]!.GetValue<string>(),
            ["city"] = "Bergen",
            ["website"] = "https://example.org/cluster",
            ["sectorIds"] = new JsonArray(reference["sectors"]![0]!["id"]!.GetValue<string>()),
            ["memberCount"] = 120,
            ["helix"] = new JsonObject { ["companies"] = 90, ["researchInstitutions"] = 20, ["publicAuthorities"] = 10 },
            ["contactName"] = "Ingrid Hansen",
            ["contactEmail"] = "ingrid@example.org",
            ["evidence"] = new JsonArray([.. Criteria.Select(c => (JsonNode)new JsonObject { ["criterion"] = c, ["text"] = $"Evidence for {c}." })]),
        };
    }

    /// <summary>Submits a valid application (from <paramref name="contactEmail"/> when given); answers its global id and the applicant token.</summary>
    public static async Task<(string Id, string Token)> SubmitAsync(GraphQLClient client, string clusterName, string? contactEmail = null)
    {
        var input = await ValidInputAsync(client, clusterName);
        if (contactEmail is not null)
        {
            input["contactEmail"] = contactEmail;
        }

        var response = await client.PostAsync(Submit, new { input });
        var application = response.Succeeded("submitApplication", "application");
        return (application["id"]!.GetValue<string>(), response.Data!["submitApplication"]!["applicantToken"]!.GetValue<string>());
    }
}
