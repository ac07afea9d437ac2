using System.Net.Http.Headers;
using Icn.Domain.Membership;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Writing.EventWriting;

namespace Icn.Graph.Tests.Writing;

/// <summary>Clusters register their participants within an event's capacity, however many register at once; hosts record attendance.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class EventRegistrationTests(StaffApiFixture api)
{
    private const string Attendance = $$"""
        mutation($input: RecordAttendanceInput!) {
          recordAttendance(input: $input) { registration { attendedCount attendanceRecordedAt participants cluster { slug } event { title } } {{UserErrors}} }
        }
        """;

    [Fact]
    public async Task An_editor_registers_their_cluster_and_registering_again_replaces_the_participants()
    {
        var scenario = await WritingScenario.PickAsync(api, 7);
        var host = await api.SignInAsync(scenario.Editor);
        var guest = await api.SignInAsync(scenario.OtherEditor);
        var eventId = await CreateEventAsync(host, scenario.ClusterGlobalId, capacity: 5);

        var first = await guest.PostAsync(Register, new { input = new { eventId, participants = new[] { " Ada Lovelace ", "Grace Hopper", "Ada Lovelace" } } });
        var registration = first.Payload("registerForEvent");
        Assert.Empty(registration["errors"]!.AsArray());
        Assert.Equal(3, registration["event"]!["remainingCapacity"]!.GetValue<int>());
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], registration["registration"]!["participants"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(scenario.OtherSlug, registration["registration"]!["cluster"]!.Text("slug"));

        var again = await guest.PostAsync(Register, new { input = new { eventId, clusterId = scenario.OtherClusterGlobalId, participants = new[] { "Katherine Johnson" } } });
        Assert.Equal(4, again.Succeeded("registerForEvent", "event")["remainingCapacity"]!.GetValue<int>());

        await using var db = api.CreateDbContext();
        var key = KeyOf(eventId);
        var stored = await db.EventRegistrations.AsNoTracking().SingleAsync(r => r.EventId == key);
        Assert.Equal((scenario.OtherClusterId, 2), (stored.ClusterId, stored.Version));
        Assert.Equal(["Katherine Johnson"], stored.Participants);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == stored.Id).OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["registerForEvent", "registerForEvent"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal((scenario.OtherEditor, "EventRegistration"), (e.ActorName, e.EntityType)));
        Assert.Contains("Grace Hopper", audit[1].Before!, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Hopper", audit[1].After!, StringComparison.Ordinal);

        // The registration is the registered cluster's and the host's to read, nobody else's among editors.
        var registrationId = registration["registration"]!.Text("id");
        const string Read = "query($id: ID!) { node(id: $id) { ... on EventRegistration { participants } } }";
        Assert.NotNull((await host.PostAsync(Read, new { id = registrationId })).Data!["node"]);
        var stranger = await api.SignInAsync((await WritingScenario.PickAsync(api, 8)).Editor);
        Assert.Null((await stranger.PostAsync(Read, new { id = registrationId })).Data!["node"]);
        Assert.Equal(401, (await api.Anonymous.PostAsync(Read, new { id = registrationId })).Status);
    }

    [Fact]
    public async Task An_editor_cannot_register_or_record_attendance_for_another_cluster()
    {
        var scenario = await WritingScenario.PickAsync(api, 7);
        var host = await api.SignInAsync(scenario.Editor);
        var guest = await api.SignInAsync(scenario.OtherEditor);
        var eventId = await CreateEventAsync(host, scenario.ClusterGlobalId, capacity: 5);
        (await host.PostAsync(Register, new { input = new { eventId, participants = new[] { "Host person" } } })).Succeeded("registerForEvent", "event");

        var forOthers = await guest.PostAsync(Register, new { input = new { eventId, clusterId = scenario.ClusterGlobalId, participants = new[] { "Intruder" } } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.clusterId"), forOthers.Failed("registerForEvent"));

        (await guest.PostAsync(Register, new { input = new { eventId, participants = new[] { "Guest person" } } })).Succeeded("registerForEvent", "event");
        await MoveIntoThePastAsync(api, eventId);
        // Only the host (or the Secretariat) records attendance, even of the guest's own registration.
        var byGuest = await guest.PostAsync(Attendance, new { input = new { eventId, clusterId = scenario.OtherClusterGlobalId, attendedCount = 1 } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.eventId"), byGuest.Failed("recordAttendance"));
        var forHost = await guest.PostAsync(Attendance, new { input = new { eventId, clusterId = scenario.ClusterGlobalId, attendedCount = 0 } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.eventId"), forHost.Failed("recordAttendance"));

        await using var db = api.CreateDbContext();
        var key = KeyOf(eventId);
        var stored = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == key).OrderBy(r => r.ClusterId == scenario.ClusterId ? 0 : 1).ToListAsync();
        Assert.Equal(["Host person"], stored[0].Participants);
        Assert.Equal(["Guest person"], stored[1].Participants);
        Assert.All(stored, r => Assert.Equal((1, (int?)null), (r.Version, r.AttendedCount)));
    }

    [Fact]
    public async Task The_host_records_attendance_once_the_event_has_started_within_the_registered_participants()
    {
        var scenario = await WritingScenario.PickAsync(api, 8);
        var host = await api.SignInAsync(scenario.Editor);
        var guest = await api.SignInAsync(scenario.OtherEditor);
        var eventId = await CreateEventAsync(host, scenario.ClusterGlobalId);
        (await guest.PostAsync(Register, new { input = new { eventId, participants = new[] { "A", "B", "C" } } })).Succeeded("registerForEvent", "event");
        object Input(int attended, string? clusterId = null) => new { input = new { eventId, clusterId = clusterId ?? scenario.OtherClusterGlobalId, attendedCount = attended } };

        Assert.Equal(("ConflictError", "CONFLICT", "input.eventId"), (await host.PostAsync(Attendance, Input(2))).Failed("recordAttendance"));
        await MoveIntoThePastAsync(api, eventId);

        Assert.Equal(("ValidationError", "VALIDATION", "input.attendedCount"), (await host.PostAsync(Attendance, Input(4))).Failed("recordAttendance"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.attendedCount"), (await host.PostAsync(Attendance, Input(-1))).Failed("recordAttendance"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.clusterId"), (await host.PostAsync(Attendance, Input(1, scenario.ClusterGlobalId))).Failed("recordAttendance"));
        var late = await guest.PostAsync(Register, new { input = new { eventId, participants = new[] { "Too late" } } });
        Assert.Equal(("ConflictError", "CONFLICT", "input.eventId"), late.Failed("registerForEvent"));

        var recorded = (await host.PostAsync(Attendance, Input(2))).Succeeded("recordAttendance", "registration");
        Assert.Equal((2, scenario.OtherSlug), (recorded["attendedCount"]!.GetValue<int>(), recorded["cluster"]!.Text("slug")));
        Assert.NotNull(recorded["attendanceRecordedAt"]);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        Assert.Equal(3, (await secretariat.PostAsync(Attendance, Input(3))).Succeeded("recordAttendance", "registration")["attendedCount"]!.GetValue<int>());

        await using var db = api.CreateDbContext();
        var stored = await db.EventRegistrations.AsNoTracking().SingleAsync(r => r.EventId == KeyOf(eventId));
        Assert.Equal((3, 3), (stored.AttendedCount, stored.Version));
        Assert.Equal(
            [(scenario.OtherEditor, "registerForEvent"), (scenario.Editor, "recordAttendance"), ("secretariat@demo.icn", "recordAttendance")],
            (await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == stored.Id).OrderBy(e => e.At).ToListAsync()).Select(e => (e.ActorName, e.Action)));
    }

    [Fact]
    public async Task Cancelled_full_and_Board_events_and_bad_participant_lists_are_refused_clearly()
    {
        var scenario = await WritingScenario.PickAsync(api, 8);
        var host = await api.SignInAsync(scenario.Editor);
        var guest = await api.SignInAsync(scenario.OtherEditor);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        var small = await CreateEventAsync(host, scenario.ClusterGlobalId, capacity: 2);
        Assert.Equal(["input.participants"], (await guest.PostAsync(Register, new { input = new { eventId = small, participants = Array.Empty<string>() } })).ErrorPaths("registerForEvent"));
        Assert.Equal(["input.participants"], (await guest.PostAsync(Register, new { input = new { eventId = small, participants = new[] { "A", "  " } } })).ErrorPaths("registerForEvent"));
        Assert.Equal(["input.participants"], (await guest.PostAsync(Register, new { input = new { eventId = small, participants = new[] { new string('n', 201) } } })).ErrorPaths("registerForEvent"));
        Assert.Equal(["input.eventId"], (await guest.PostAsync(Register, new { input = new { eventId = scenario.ClusterGlobalId, participants = new[] { "A" } } })).ErrorPaths("registerForEvent"));
        var tooMany = await guest.PostAsync(Register, new { input = new { eventId = small, participants = new[] { "A", "B", "C" } } });
        Assert.Equal(("ConflictError", "CONFLICT", "input.participants"), tooMany.Failed("registerForEvent"));
        (await host.PostAsync(Register, new { input = new { eventId = small, participants = new[] { "A", "B" } } })).Succeeded("registerForEvent", "event");
        var full = await guest.PostAsync(Register, new { input = new { eventId = small, participants = new[] { "C" } } });
        Assert.Equal(("ConflictError", "CONFLICT", "input.participants"), full.Failed("registerForEvent"));

        // The capacity cannot drop below what is registered, and can be lifted.
        const string Update = $$"""mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { remainingCapacity } {{UserErrors}} } }""";
        Assert.Equal(("ConflictError", "CONFLICT", "input.capacity"), (await host.PostAsync(Update, new { input = new { id = small, version = 1, capacity = 1 } })).Failed("updateEvent"));
        Assert.Null((await host.PostAsync(Update, new { input = new { id = small, version = 1, capacity = (int?)null } })).Succeeded("updateEvent", "event")["remainingCapacity"]);

        var cancelled = await CreateEventAsync(host, scenario.ClusterGlobalId);
        (await host.PostAsync($$"""mutation($id: ID!) { cancelEvent(input: { id: $id, version: 1 }) { {{UserErrors}} } }""", new { id = cancelled })).Succeeded("cancelEvent", "errors");
        var toCancelled = await guest.PostAsync(Register, new { input = new { eventId = cancelled, participants = new[] { "A" } } });
        Assert.Equal(("ConflictError", "CONFLICT", "input.eventId"), toCancelled.Failed("registerForEvent"));

        var meeting = await CreateEventAsync(secretariat, scenario.OtherClusterGlobalId, capacity: null, kind: "BOARD_MEETING");
        var toMeeting = await guest.PostAsync(Register, new { input = new { eventId = meeting, participants = new[] { "A" } } });
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.eventId"), toMeeting.Failed("registerForEvent"));
        (await secretariat.PostAsync(Register, new { input = new { eventId = meeting, clusterId = scenario.OtherClusterGlobalId, participants = new[] { "Chair" } } })).Succeeded("registerForEvent", "event");
        var withoutCluster = await secretariat.PostAsync(Register, new { input = new { eventId = meeting, participants = new[] { "Chair" } } });
        Assert.Equal(("ValidationError", "VALIDATION", "input.clusterId"), withoutCluster.Failed("registerForEvent"));

        await using var db = api.CreateDbContext();
        Assert.Equal(0, await db.EventRegistrations.CountAsync(r => r.EventId == KeyOf(cancelled)));
        Assert.Equal(2, await db.EventRegistrations.Where(r => r.EventId == KeyOf(small)).SumAsync(r => r.Participants.Count));
    }

    [Fact]
    public async Task Parallel_registrations_from_two_API_processes_never_exceed_the_capacity()
    {
        const int Capacity = 10;
        const int Requests = 20;
        var scenario = await WritingScenario.PickAsync(api, 9);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var eventId = await CreateEventAsync(secretariat, scenario.ClusterGlobalId, capacity: Capacity);
        await using var db = api.CreateDbContext();
        var clusters = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).OrderBy(c => c.Slug).Select(c => c.Id).Take(Requests).ToListAsync();
        Assert.Equal(Requests, clusters.Count);

        // A second API process on the same database: the capacity must hold across processes, not only within one.
        await using var secondProcess = new IcnApiFactory(api.Factory.ConnectionString, settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password });
        var secondClient = secondProcess.CreateClient();
        secondClient.DefaultRequestHeaders.Authorization = secretariat.Http.DefaultRequestHeaders.Authorization;
        var clients = new[] { secretariat, new GraphQLClient(secondClient) };

        using var start = new ManualResetEventSlim();
        var attempts = clusters.Select((cluster, i) => Task.Run(async () =>
        {
            start.Wait();
            var response = await clients[i % 2].PostAsync(Register, new { input = new { eventId, clusterId = GlobalId.Encode("Cluster", cluster), participants = new[] { $"First {i}", $"Second {i}" } } });
            return response.Payload("registerForEvent");
        })).ToList();
        start.Set();
        var payloads = await Task.WhenAll(attempts);

        var succeeded = payloads.Count(p => p["errors"]!.AsArray().Count == 0);
        var refused = payloads.Where(p => p["errors"]!.AsArray().Count > 0).Select(p => p["errors"]![0]!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(Capacity / 2, succeeded);
        Assert.Equal(Requests - (Capacity / 2), refused.Count);
        Assert.All(refused, code => Assert.Equal("CONFLICT", code));
        var key = KeyOf(eventId);
        Assert.Equal(Capacity, await db.EventRegistrations.Where(r => r.EventId == key).SumAsync(r => r.Participants.Count));
        Assert.Equal(Capacity / 2, await db.EventRegistrations.CountAsync(r => r.EventId == key));
        Assert.Equal(0, (await secretariat.PostAsync("query($id: ID!) { node(id: $id) { ... on Event { remainingCapacity } } }", new { id = eventId })).Data!["node"]!["remainingCapacity"]!.GetValue<int>());
    }
}
