using System.Text.Json.Nodes;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>
/// Starts another workflow once this burst commits: the new instance is stored waiting at its Start
/// on a timer due now, so it runs in its own burst (and its own transaction), and is not started at
/// all if this burst is rolled back.
/// </summary>
public sealed class StartWorkflow : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "StartWorkflow", "Flow", "Starts the latest published version of another workflow in the background, once this step is committed.",
        [
            new InputDescriptor("definitionId", "The workflow to start.", new JsonObject { ["type"] = "string" }, Required: true, AcceptsExpression: false),
            new InputDescriptor("input", "What it starts with, a JSON object (usually an expression).", new JsonObject { ["type"] = "object" }),
            InputDescriptor.Text("subject", "The id of the Node it is about."),
        ],
        ["done"]);

    public async ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var definitionId = context.RequiredText("definitionId");
        var definitions = context.Services.GetRequiredService<PublishedDefinitions>();
        var version = await definitions.LatestVersionAsync(context.Db, definitionId, context.CancellationToken)
            ?? throw new WorkflowFault($"'{context.Activity.Id}': no published workflow '{definitionId}' to start.");
        var definition = await definitions.GetAsync(context.Db, definitionId, version, context.CancellationToken);
        var input = context.Value("input") switch
        {
            null => new JsonObject(),
            JsonObject given => given,
            _ => throw new WorkflowFault($"'{context.Activity.Id}': 'input' must be a JSON object."),
        };
        var started = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = definitionId,
            DefinitionVersion = version,
            Status = WorkflowInstanceStatus.Running,
            Variables = definition.InitialVariables().ToJsonString(),
            Input = input.ToJsonString(),
            SubjectId = context.Text("subject"),
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        context.Db.WorkflowInstances.Add(started);
        context.Db.WorkflowBookmarks.Add(new WorkflowBookmark
        {
            Id = Guid.CreateVersion7(),
            InstanceId = started.Id,
            ActivityId = definition.StartId,
            Kind = BookmarkKind.Timer,
            DueAt = context.Now,
            Data = new JsonObject { ["purpose"] = "start" }.ToJsonString(),
            CreatedAt = context.Now,
        });
        context.Journal($"Started '{definitionId}' version {version} (instance {started.Id}).");
        return ActivityResult.Go("done");
    }
}
