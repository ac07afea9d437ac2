using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Lists;

[Collection(ApiCollection.Name)]
public sealed class EventCapacityTests(ApiFixture api)
{
    [Fact]
    public async Task Remaining_capacity_is_capacity_less_registered_participants_and_null_without_a_limit()
    {
        var response = await api.GraphQL.PostAsync("{ events(first: 100) { nodes { id capacity remainingCapacity } } }");

        Assert.Empty(response.Errors);
        await using var db = api.CreateDbContext();
        var registered = await db.EventRegistrations.GroupBy(r => r.EventId)
            .Select(g => new { g.Key, Participants = g.Sum(r => r.Participants.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Participants);
        var nodes = response.Data!["events"]!["nodes"]!.AsArray();
        Assert.Contains(nodes, n => n!["capacity"] is not null);
        Assert.Contains(nodes, n => n!["capacity"] is null);
        foreach (var node in nodes)
        {
            Assert.True(GlobalId.TryDecode(node!["id"]!.GetValue<string>(), out var id));
            var capacity = node["capacity"]?.GetValue<int>();
            var expected = capacity is null ? (int?)null : Math.Max(0, capacity.Value - registered.GetValueOrDefault(id.Key));
            Assert.Equal(expected, node["remainingCapacity"]?.GetValue<int>());
        }
    }
}
