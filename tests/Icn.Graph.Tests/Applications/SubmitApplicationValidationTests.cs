using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications;

/// <summary>Every expected mistake in an application is a user error on its input path, and nothing is stored.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class SubmitApplicationValidationTests(StaffApiFixture api)
{
    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "blank name", "ValidationError", "input.clusterName" },
        { "name too long", "ValidationError", "input.clusterName" },
        { "blank description", "ValidationError", "input.description" },
        { "unknown region", "NotFoundError", "input.regionId" },
        { "region id of a sector", "ValidationError", "input.regionId" },
        { "unknown sector", "NotFoundError", "input.sectorIds" },
        { "no sector", "ValidationError", "input.sectorIds" },
        { "negative member count", "ValidationError", "input.memberCount" },
        { "negative helix count", "ValidationError", "input.helix.publicAuthorities" },
        { "not an e-mail address", "ValidationError", "input.contactEmail" },
        { "blank contact name", "ValidationError", "input.contactName" },
        { "city too long", "ValidationError", "input.city" },
        { "a criterion missing", "ValidationError", "input.evidence" },
        { "a criterion repeated", "ValidationError", "input.evidence.7.criterion" },
        { "blank evidence", "ValidationError", "input.evidence.2.text" },
        { "evidence too long", "ValidationError", "input.evidence.0.text" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_is_answered_on_its_path_and_nothing_is_stored(string mistake, string type, string path)
    {
        var name = $"Mistaken Cluster {mistake}";
        var input = await ValidInputAsync(api.Anonymous, name);
        await BreakAsync(input, mistake);

        var response = await api.Anonymous.PostAsync(Submit, new { input });

        Assert.Equal((type, path), (response.Failed("submitApplication").Type, response.Failed("submitApplication").Path));
        Assert.Null(response.Data!["submitApplication"]!["applicantToken"]);
        await using var db = api.CreateDbContext();
        Assert.False(await db.Clusters.AnyAsync(c => c.Name == name.Trim()));
    }

    [Fact]
    public async Task Several_mistakes_are_answered_together()
    {
        var input = await ValidInputAsync(api.Anonymous, "Careless Cluster");
        input["contactEmail"] = "nobody";
        input["memberCount"] = -1;
        input["evidence"]!.AsArray().RemoveAt(0);

        var paths = (await api.Anonymous.PostAsync(Submit, new { input })).ErrorPaths("submitApplication");

        Assert.Equal(["input.contactEmail", "input.evidence", "input.memberCount"], paths.Order(StringComparer.Ordinal));
    }

    private static Task BreakAsync(JsonObject input, string mistake)
    {
        var evidence = input["evidence"]!.AsArray();
        switch (mistake)
        {
            case "blank name": input["clusterName"] = "   "; break;
            case "name too long": input["clusterName"] = new string('n', 201); break;
            case "blank description": input["description"] = ""; break;
            case "unknown region": input["regionId"] = UnknownId("Region"); break;
            case "region id of a sector": input["regionId"] = input["sectorIds"]![0]!.DeepClone(); break;
            case "unknown sector": input["sectorIds"] = new JsonArray(UnknownId("Sector")); break;
            case "no sector": input["sectorIds"] = new JsonArray(); break;
            case "negative member count": input["memberCount"] = -5; break;
            case "negative helix count": input["helix"]!["publicAuthorities"] = -1; break;
            case "not an e-mail address": input["contactEmail"] = "ingrid at example"; break;
            case "blank contact name": input["contactName"] = " "; break;
            case "city too long": input["city"] = new string('c', 121); break;
            case "a criterion missing": evidence.RemoveAt(3); break;
            case "a criterion repeated": evidence.Add(new JsonObject { ["criterion"] = "TRACK_RECORD", ["text"] = "Again." }); break;
            case "blank evidence": evidence[2]!["text"] = "  "; break;
            case "evidence too long": evidence[0]!["text"] = new string('e', 4001); break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake));
        }

        return Task.CompletedTask;
    }

    /// <summary>A well-formed global id of <paramref name="type"/> (base64url of "Type:key") that names nothing.</summary>
    private static string UnknownId(string type) =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"{type}:{Guid.NewGuid():N}"));
}
