using Icn.Domain.Events;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Writing.EventWriting;

namespace Icn.Graph.Tests.Writing;

/// <summary>Editors announce, change and cancel the events their own cluster hosts, and only those; Board meetings are the Secretariat's.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class EventMutationTests(StaffApiFixture api)
{
    private const string Update = $$"""mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { title capacity remainingCapacity timeZone location kind version } {{UserErrors}} } }""";
    private const string Cancel = $$"""mutation($input: CancelEventInput!) { cancelEvent(input: $input) { event { cancelledAt version } {{UserErrors}} } }""";

    [Fact]
    public async Task An_editor_announces_changes_and_cancels_their_own_event_and_every_step_is_audited()
    {
        var scenario = await WritingScenario.PickAsync(api, 5);
        var editor = await api.SignInAsync(scenario.Editor);
        await using var db = api.CreateDbContext();
        var sector = GlobalId.Encode("Sector", await db.Sectors.OrderBy(s => s.Slug).Select(s => s.Id).FirstAsync());
        var input = EventInput(scenario.ClusterGlobalId);
        input["title"] = "  Hydrogen matchmaking day ";
        input["sectorIds"] = new[] { sector };

        var created = (await editor.PostAsync(Create, new { input })).Succeeded("createEvent", "event");
        Assert.Equal(("Hydrogen matchmaking day", "MATCHMAKING", "Europe/Copenhagen", scenario.Slug), (created.Text("title"), created.Text("kind"), created.Text("timeZone"), created["host"]!.Text("slug")));
        Assert.Equal((10, 10, 1), (created["capacity"]!.GetValue<int>(), created["remainingCapacity"]!.GetValue<int>(), created["version"]!.GetValue<int>()));
        Assert.Single(created["sectors"]!.AsArray());
        Assert.Null(created["cancelledAt"]);
        var id = created.Text("id");

        var shown = await api.Anonymous.PostAsync("query($id: ID!) { node(id: $id) { ... on Event { title } } }", new { id });
        Assert.Equal("Hydrogen matchmaking day", shown.Data!["node"]!.Text("title"));

        var updated = (await editor.PostAsync(Update, new { input = new { id, version = 1, title = "Hydrogen day", capacity = 25, timeZone = "America/New_York", location = (string?)null } }))
            .Succeeded("updateEvent", "event");
        Assert.Equal(("Hydrogen day", 25, "America/New_York", 2), (updated.Text("title"), updated["capacity"]!.GetValue<int>(), updated.Text("timeZone"), updated["version"]!.GetValue<int>()));
        Assert.Null(updated["location"]);

        var cancelled = (await editor.PostAsync(Cancel, new { input = new { id, version = 2 } })).Succeeded("cancelEvent", "event");
        Assert.NotNull(cancelled["cancelledAt"]);
        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await editor.PostAsync(Cancel, new { input = new { id, version = 3 } })).Failed("cancelEvent"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await editor.PostAsync(Update, new { input = new { id, version = 3, title = "Again" } })).Failed("updateEvent"));

        var key = KeyOf(id);
        var stored = await db.Events.AsNoTracking().SingleAsync(e => e.Id == key);
        Assert.Equal(("Hydrogen day", 3), (stored.Title, stored.Version));
        Assert.NotNull(stored.CancelledAt);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == key && e.EntityType == "Event").OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["createEvent", "updateEvent", "cancelEvent"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(scenario.Editor, e.ActorName));
        Assert.Contains("Europe/Copenhagen", audit[1].Before!, StringComparison.Ordinal);
        Assert.Contains("America/New_York", audit[1].After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_clusters_event_cannot_be_announced_changed_or_cancelled_by_an_editor()
    {
        var scenario = await WritingScenario.PickAsync(api, 6);
        var editor = await api.SignInAsync(scenario.Editor);
        var intruder = await api.SignInAsync(scenario.OtherEditor);
        var id = await CreateEventAsync(editor, scenario.ClusterGlobalId);

        var foreignCreate = await intruder.PostAsync(Create, new { input = EventInput(scenario.ClusterGlobalId) });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.hostClusterId"), foreignCreate.Failed("createEvent"));
        var foreignUpdate = await intruder.PostAsync(Update, new { input = new { id, version = 1, title = "Mine now", capacity = 1 } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), foreignUpdate.Failed("updateEvent"));
        var foreignCancel = await intruder.PostAsync(Cancel, new { input = new { id, version = 1 } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), foreignCancel.Failed("cancelEvent"));

        await using var db = api.CreateDbContext();
        var key = KeyOf(id);
        var stored = await db.Events.AsNoTracking().SingleAsync(e => e.Id == key);
        Assert.Equal(("Hydrogen matchmaking day", 10, 1, (DateTime?)null), (stored.Title, stored.Capacity, stored.Version, stored.CancelledAt));
        Assert.False(await db.Events.AnyAsync(e => e.HostId == scenario.ClusterId && e.Id != key && e.Title == "Hydrogen matchmaking day"));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var scenario = await WritingScenario.PickAsync(api, 6);
        var editor = await api.SignInAsync(scenario.OtherEditor);
        var id = await CreateEventAsync(editor, scenario.OtherClusterGlobalId);

        (await editor.PostAsync(Update, new { input = new { id, version = 1, title = "First writer" } })).Succeeded("updateEvent", "event");
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), (await editor.PostAsync(Update, new { input = new { id, version = 1, title = "Second writer" } })).Failed("updateEvent"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), (await editor.PostAsync(Cancel, new { input = new { id, version = 1 } })).Failed("cancelEvent"));

        var read = await editor.PostAsync("query($id: ID!) { node(id: $id) { ... on Event { title cancelledAt } } }", new { id });
        Assert.Equal("First writer", read.Data!["node"]!.Text("title"));
        Assert.Null(read.Data!["node"]!["cancelledAt"]);
    }

    [Fact]
    public async Task Invalid_input_is_answered_with_every_error_on_its_field_and_nothing_is_written()
    {
        var scenario = await WritingScenario.PickAsync(api, 5);
        var editor = await api.SignInAsync(scenario.Editor);
        await using var db = api.CreateDbContext();
        var before = await db.Events.CountAsync();
        var input = EventInput(scenario.ClusterGlobalId, capacity: 0);
        input["title"] = "   ";
        input["timeZone"] = "Mars/Olympus_Mons";
        input["startsAt"] = DateTime.UtcNow.AddDays(-2).ToString("O");
        input["endsAt"] = DateTime.UtcNow.AddDays(-3).ToString("O");
        input["location"] = new string('x', 301);
        input["sectorIds"] = new[] { scenario.ClusterGlobalId };

        var response = await editor.PostAsync(Create, new { input });

        string[] expected = ["input.capacity", "input.endsAt", "input.location", "input.sectorIds", "input.startsAt", "input.timeZone", "input.title"];
        Assert.Equal(expected, response.ErrorPaths("createEvent").Order(StringComparer.Ordinal));
        Assert.Null(response.Payload("createEvent")["event"]);
        Assert.Equal(before, await db.Events.CountAsync());

        // A Windows zone name is not an IANA name, even where the server could translate it.
        input = EventInput(scenario.ClusterGlobalId);
        input["timeZone"] = "Romance Standard Time";
        Assert.Equal(("ValidationError", "VALIDATION", "input.timeZone"), (await editor.PostAsync(Create, new { input })).Failed("createEvent"));

        // A malformed URL is refused by its scalar before anything runs.
        input = EventInput(scenario.ClusterGlobalId);
        input["onlineUrl"] = "javascript:alert(1)";
        var badUrl = await editor.PostAsync(Create, new { input });
        Assert.Equal((400, "BAD_USER_INPUT"), (badUrl.Status, badUrl.FirstErrorCode));

        var id = await CreateEventAsync(editor, scenario.ClusterGlobalId);
        var badUpdate = await editor.PostAsync(Update, new { input = new { id, version = 1, endsAt = DateTime.UtcNow.AddDays(1).ToString("O"), capacity = -3 } });
        Assert.Equal(["input.capacity", "input.endsAt"], badUpdate.ErrorPaths("updateEvent").Order(StringComparer.Ordinal));
        var wrongId = await editor.PostAsync(Update, new { input = new { id = scenario.ClusterGlobalId, version = 1 } });
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), wrongId.Failed("updateEvent"));
        Assert.Equal(1, (await db.Events.AsNoTracking().SingleAsync(e => e.Id == KeyOf(id))).Version);
    }

    [Fact]
    public async Task Board_meetings_are_held_by_the_Secretariat_and_hidden_from_editors()
    {
        var scenario = await WritingScenario.PickAsync(api, 5);
        var editor = await api.SignInAsync(scenario.Editor);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        var byEditor = await editor.PostAsync(Create, new { input = EventInput(scenario.ClusterGlobalId, kind: "BOARD_MEETING") });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.kind"), byEditor.Failed("createEvent"));

        var ownEvent = await CreateEventAsync(editor, scenario.ClusterGlobalId);
        var turned = await editor.PostAsync(Update, new { input = new { id = ownEvent, version = 1, kind = "BOARD_MEETING" } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.kind"), turned.Failed("updateEvent"));

        var meeting = await CreateEventAsync(secretariat, scenario.ClusterGlobalId, capacity: null, kind: "BOARD_MEETING");
        // Even hosted by the editor's cluster, a Board meeting is not the editor's to see or change.
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), (await editor.PostAsync(Cancel, new { input = new { id = meeting, version = 1 } })).Failed("cancelEvent"));
        Assert.Null((await editor.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = meeting })).Data!["node"]);
        (await secretariat.PostAsync(Cancel, new { input = new { id = meeting, version = 1 } })).Succeeded("cancelEvent", "event");
    }

    [Fact]
    public async Task Writing_events_needs_a_writer_role_before_anything_executes()
    {
        var board = await api.SignInAsync("board1@demo.icn");
        string[] mutations =
        [
            """mutation { createEvent(input: { hostClusterId: "x", kind: WEBINAR, title: "t", description: "d", startsAt: "2030-01-01T09:00:00Z", endsAt: "2030-01-01T10:00:00Z", timeZone: "UTC" }) { errors { message } } }""",
            """mutation { updateEvent(input: { id: "x", version: 1, title: "t" }) { errors { message } } }""",
            """mutation { cancelEvent(input: { id: "x", version: 1 }) { errors { message } } }""",
            """mutation { registerForEvent(input: { eventId: "x", participants: ["A"] }) { errors { message } } }""",
            """mutation { recordAttendance(input: { eventId: "x", clusterId: "y", attendedCount: 1 }) { errors { message } } }""",
        ];

        foreach (var mutation in mutations)
        {
            var anonymous = await api.Anonymous.PostAsync(mutation);
            Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
            var refused = await board.PostAsync(mutation);
            Assert.Equal((403, "FORBIDDEN"), (refused.Status, refused.FirstErrorCode));
            Assert.Null(refused.Data);
        }
    }

    [Fact]
    public async Task A_stored_event_keeps_the_values_it_was_given()
    {
        var scenario = await WritingScenario.PickAsync(api, 6);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var id = await CreateEventAsync(secretariat, scenario.OtherClusterGlobalId, capacity: 3, kind: "WEBINAR");

        await using var db = api.CreateDbContext();
        var stored = await db.Events.AsNoTracking().SingleAsync(e => e.Id == KeyOf(id));
        Assert.Equal((EventKind.Webinar, scenario.OtherClusterId, 3, "https://meet.example/hydrogen"), (stored.Kind, stored.HostId, stored.Capacity, stored.OnlineUrl));
        Assert.Equal(TimeSpan.FromHours(8), stored.EndsAt - stored.StartsAt);
        Assert.Equal("secretariat@demo.icn", await db.AuditEntries.Where(e => e.EntityId == stored.Id).Select(e => e.ActorName).SingleAsync());
    }
}
