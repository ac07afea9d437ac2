using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;
using static Icn.Graph.Tests.Applications.ApplicationSteps;

namespace Icn.Graph.Tests.Applications;

/// <summary>The Secretariat erases an applicant's contact details at once, from everywhere the application put them.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ApplicantContactErasureTests(StaffApiFixture api)
{
    private const string Erase = $"mutation($id: ID!) {{ eraseApplicantContact(input: {{ id: $id }}) {{ application {{ status decisionReason contactName contactEmail contactErasedAt }} {ApplicationRequests.Errors} }} }}";

    [Fact]
    public async Task A_rejected_applicants_contact_leaves_the_application_its_workflow_its_mails_and_the_audit_log()
    {
        const string email = "erase.me@example.org";
        var (id, _) = await SubmitAsync(api.Anonymous, "Forgettable Cluster", email);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        await ScreenAsync(secretariat, id, "not-eligible", "Not a cleantech cluster.");
        await using (var before = api.CreateDbContext())
        {
            // The rejection told the applicant, so the address is in the outbox before the erasure.
            Assert.True(await before.OutboxMessages.AnyAsync(m => m.Recipient == email));
        }

        Assert.Equal(403, (await (await api.SignInAsync("board1@demo.icn")).PostAsync(Erase, new { id })).Status);
        var erased = (await secretariat.PostAsync(Erase, new { id })).Succeeded("eraseApplicantContact", "application");

        Assert.Equal(("REJECTED", "Not a cleantech cluster."), (erased["status"]!.GetValue<string>(), erased["decisionReason"]!.GetValue<string>()));
        Assert.Equal((null, null), (erased["contactName"], erased["contactEmail"]));
        Assert.NotNull(erased["contactErasedAt"]);

        await using var db = api.CreateDbContext();
        Assert.True(GlobalId.TryDecode(id, out var applicationId));
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.SubjectId == id);
        Assert.DoesNotContain(email, instance.Input, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingrid Hansen", instance.Input, StringComparison.Ordinal);
        Assert.False(await db.WorkflowJournal.AnyAsync(e => e.InstanceId == instance.Id && e.Summary!.Contains(email)));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Recipient == email || m.Body.Contains(email)));
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.Recipient == "(erased)" && m.IdempotencyKey.StartsWith($"wf:{instance.Id:N}:")));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Application" && e.EntityId == applicationId.Key).ToListAsync();
        Assert.Contains(audit, e => e.Action == "eraseApplicantContact");
        Assert.All(audit, e => Assert.DoesNotContain(email, (e.Before ?? "") + (e.After ?? ""), StringComparison.Ordinal));

        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await secretariat.PostAsync(Erase, new { id })).Failed("eraseApplicantContact"));
    }

    [Fact]
    public async Task An_instance_started_with_the_contact_in_its_input_keeps_its_keys_and_loses_the_contact_as_null()
    {
        const string email = "old.input@example.org";
        var (id, _) = await SubmitAsync(api.Anonymous, "Old Input Cluster", email);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        await ScreenAsync(secretariat, id, "not-eligible", "Not a cleantech cluster.");
        await using (var db = api.CreateDbContext())
        {
            // Standing in for an instance the first shipped version started, with a copy of the contact.
            var started = await db.WorkflowInstances.SingleAsync(i => i.SubjectId == id);
            var input = System.Text.Json.Nodes.JsonNode.Parse(started.Input)!.AsObject();
            input["contactName"] = "Ingrid Hansen";
            input["contactEmail"] = email;
            started.Input = input.ToJsonString();
            await db.SaveChangesAsync();
        }

        (await secretariat.PostAsync(Erase, new { id })).Succeeded("eraseApplicantContact", "application");

        await using var check = api.CreateDbContext();
        var erased = System.Text.Json.Nodes.JsonNode.Parse((await check.WorkflowInstances.AsNoTracking().SingleAsync(i => i.SubjectId == id)).Input)!.AsObject();
        Assert.True(erased.ContainsKey("contactEmail") && erased["contactEmail"] is null && erased["contactName"] is null, erased.ToJsonString());
        Assert.Equal(id, erased["application"]!.GetValue<string>());
        Assert.Equal("Old Input Cluster", erased["clusterName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_application_in_progress_keeps_its_contact_an_unknown_one_is_not_found_and_another_types_id_is_refused()
    {
        var (id, _) = await SubmitAsync(api.Anonymous, "Still Hopeful Cluster", "hopeful@example.org");
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await secretariat.PostAsync(Erase, new { id })).Failed("eraseApplicantContact"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), (await secretariat.PostAsync(Erase, new { id = GlobalId.Encode("Application", Guid.NewGuid()) })).Failed("eraseApplicantContact"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), (await secretariat.PostAsync(Erase, new { id = GlobalId.Encode("Cluster", Guid.NewGuid()) })).Failed("eraseApplicantContact"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), (await secretariat.PostAsync(Erase, new { id = new string('x', 5000) })).Failed("eraseApplicantContact"));
        var kept = (await secretariat.PostAsync("query($id: ID!) { node(id: $id) { ... on Application { contactEmail contactErasedAt } } }", new { id })).Data!["node"]!;
        Assert.Equal(("hopeful@example.org", null), (kept["contactEmail"]!.GetValue<string>(), kept["contactErasedAt"]));
    }
}
