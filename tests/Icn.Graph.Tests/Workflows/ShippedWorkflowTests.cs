using Icn.Domain.Persistence;
using Icn.Graph.Tests.Infrastructure;
using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Workflows;

/// <summary>
/// A shipped definition is published where absent, a changed one is published again while only the
/// system has published it, and it never overrides what admins made of it.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class ShippedWorkflowTests(StaffApiFixture api)
{
    [Fact]
    public async Task A_shipped_definition_is_published_once_and_admins_later_versions_are_kept()
    {
        var contexts = api.Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>();
        var validator = new DefinitionValidator(new ActivityCatalog([typeof(ActivityCatalog).Assembly]));
        var id = $"shipped-{Guid.NewGuid():N}"[..24];
        (string, string)[] shipped = [("test.workflow.json", $$"""
            { "definitionId": "{{id}}", "name": "Shipped", "activities": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
              "connections": [ { "from": "start", "outcome": "done", "to": "end" } ] }
            """)];

        var first = await ShippedDefinitions.PublishShippedAsync(contexts, shipped, validator, DateTime.UtcNow, default);
        var admin = await api.SignInAsync("admin@demo.icn");
        (await admin.PostAsync("mutation($json: String!) { saveWorkflowDraft(input: { json: $json }) { errors { message } } }",
            new { json = shipped[0].Item2.Replace("\"Shipped\"", "\"Changed by an admin\"", StringComparison.Ordinal) })).Succeeded("saveWorkflowDraft", "errors");
        var second = await ShippedDefinitions.PublishShippedAsync(contexts, shipped, validator, DateTime.UtcNow, default);

        Assert.Equal([id], first);
        Assert.Empty(second);
        await using var db = api.CreateDbContext();
        var versions = await db.WorkflowDefinitions.Where(d => d.DefinitionId == id).OrderBy(d => d.Version).Select(d => new { d.Version, d.IsPublished, d.Name }).ToListAsync();
        Assert.Equal([(1, true, "Shipped"), (2, false, "Changed by an admin")], versions.Select(v => (v.Version, v.IsPublished, v.Name)));
    }

    [Fact]
    public async Task A_changed_shipped_definition_is_the_next_version_until_an_admin_has_touched_it()
    {
        var contexts = api.Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>();
        var validator = new DefinitionValidator(new ActivityCatalog([typeof(ActivityCatalog).Assembly]));
        var id = $"shipped-{Guid.NewGuid():N}"[..24];
        string Document(string name) => $$"""
            { "definitionId": "{{id}}", "name": "{{name}}", "activities": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
              "connections": [ { "from": "start", "outcome": "done", "to": "end" } ] }
            """;

        var first = await ShippedDefinitions.PublishShippedAsync(contexts, [("test.workflow.json", Document("Release 1"))], validator, DateTime.UtcNow, default);
        var unchanged = await ShippedDefinitions.PublishShippedAsync(contexts, [("test.workflow.json", Document("Release 1"))], validator, DateTime.UtcNow, default);
        var changed = await ShippedDefinitions.PublishShippedAsync(contexts, [("test.workflow.json", Document("Release 2"))], validator, DateTime.UtcNow, default);
        var admin = await api.SignInAsync("admin@demo.icn");
        (await admin.PostAsync("mutation($json: String!) { saveWorkflowDraft(input: { json: $json }) { errors { message } } }",
            new { json = Document("Changed by an admin") })).Succeeded("saveWorkflowDraft", "errors");
        var afterAdmin = await ShippedDefinitions.PublishShippedAsync(contexts, [("test.workflow.json", Document("Release 3"))], validator, DateTime.UtcNow, default);

        Assert.Equal([id], first);
        Assert.Empty(unchanged);
        Assert.Equal([id], changed);
        Assert.Empty(afterAdmin);
        await using var db = api.CreateDbContext();
        var versions = await db.WorkflowDefinitions.Where(d => d.DefinitionId == id).OrderBy(d => d.Version).Select(d => new { d.Version, d.IsPublished, d.Name }).ToListAsync();
        Assert.Equal([(1, true, "Release 1"), (2, true, "Release 2"), (3, false, "Changed by an admin")], versions.Select(v => (v.Version, v.IsPublished, v.Name)));
    }

    [Fact]
    public async Task A_shipped_definition_that_does_not_validate_stops_the_start()
    {
        var contexts = api.Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>();
        var validator = new DefinitionValidator(new ActivityCatalog([typeof(ActivityCatalog).Assembly]));
        (string, string)[] shipped = [("broken.workflow.json", """{ "definitionId": "shipped-broken", "name": "Broken", "activities": [ { "id": "end", "type": "End" } ] }""")];

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ShippedDefinitions.PublishShippedAsync(contexts, shipped, validator, DateTime.UtcNow, default));

        Assert.Contains("broken.workflow.json", failure.Message, StringComparison.Ordinal);
        Assert.Contains("exactly one Start", failure.Message, StringComparison.Ordinal);
    }
}
