using System.Text.Json.Nodes;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>What the event tests share: the error selection, announcing an event, and reading ids back.</summary>
internal static class EventWriting
{
    public const string UserErrors = "errors { __typename code message path }";

    public const string Create = $$"""
        mutation($input: CreateEventInput!) {
          createEvent(input: $input) { event { id version kind title startsAt endsAt timeZone location onlineUrl capacity remainingCapacity cancelledAt host { slug } sectors { slug } } {{UserErrors}} }
        }
        """;

    public const string Register = $$"""
        mutation($input: RegisterForEventInput!) {
          registerForEvent(input: $input) { event { id remainingCapacity } registration { id participants cluster { slug } attendedCount } {{UserErrors}} }
        }
        """;

    /// <summary>A valid createEvent input for <paramref name="hostClusterId"/>, a month ahead; tests change its fields to break one rule at a time.</summary>
    public static Dictionary<string, object?> EventInput(string hostClusterId, int? capacity = 10, string kind = "MATCHMAKING")
    {
        var starts = DateTime.UtcNow.Date.AddDays(30).AddHours(9);
        return new()
        {
            ["hostClusterId"] = hostClusterId,
            ["kind"] = kind,
            ["title"] = "Hydrogen matchmaking day",
            ["description"] = "Meet **partners** for hydrogen projects.",
            ["startsAt"] = starts.ToString("O"),
            ["endsAt"] = starts.AddHours(8).ToString("O"),
            ["timeZone"] = "Europe/Copenhagen",
            ["location"] = "Copenhagen",
            ["onlineUrl"] = "https://meet.example/hydrogen",
            ["capacity"] = capacity,
        };
    }

    /// <summary>Announces an event and answers its global id.</summary>
    public static async Task<string> CreateEventAsync(GraphQLClient client, string hostClusterId, int? capacity = 10, string kind = "MATCHMAKING")
    {
        var response = await client.PostAsync(Create, new { input = EventInput(hostClusterId, capacity, kind) });
        return response.Succeeded("createEvent", "event")["id"]!.GetValue<string>();
    }

    public static Guid KeyOf(string globalId) => GlobalId.TryDecode(globalId, out var id) ? id.Key : throw new ArgumentException("Not a global id.", nameof(globalId));

    /// <summary>Moves an event into the past (it started yesterday), as time would: the API refuses to announce past events.</summary>
    public static async Task MoveIntoThePastAsync(StaffApiFixture api, string eventId)
    {
        var key = KeyOf(eventId);
        await using var db = api.CreateDbContext();
        var starts = DateTime.UtcNow.AddDays(-1);
        await db.Events.Where(e => e.Id == key)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.StartsAt, starts).SetProperty(e => e.EndsAt, starts.AddHours(4)));
    }

    public static string Text(this JsonNode node, string field) => node[field]!.GetValue<string>();
}
