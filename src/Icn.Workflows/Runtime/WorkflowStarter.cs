using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>Starts instances: a new instance and its first burst, stored together.</summary>
internal sealed class WorkflowStarter(IDbContextFactory<IcnDbContext> contexts, PublishedDefinitions definitions, BurstRunner bursts, TimeProvider time)
{
    /// <summary>
    /// Starts the latest published version of <paramref name="definitionId"/> on <paramref name="db"/>,
    /// inside the caller's transaction when there is one (so that, say, an application and its
    /// workflow are stored together), or in a transaction of its own. Save your own changes first.
    /// </summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> StartAsync(
        IcnDbContext db, string definitionId, JsonObject? input, string? subjectId, Guid? actorId, CancellationToken cancellationToken)
    {
        var version = await definitions.LatestVersionAsync(db, definitionId, cancellationToken);
        if (version is null)
        {
            return (null, new(RefusalKind.NotFound, $"No published workflow definition '{definitionId}'.", "definitionId"));
        }

        var definition = await definitions.GetAsync(db, definitionId, version.Value, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = definitionId,
            DefinitionVersion = version.Value,
            Status = WorkflowInstanceStatus.Running,
            Variables = definition.InitialVariables().ToJsonString(),
            Input = (input ?? []).ToJsonString(),
            SubjectId = subjectId,
            StartedById = actorId,
            CreatedAt = now,
            UpdatedAt = now,
        };

        // A new instance needs no lock: no other process knows its id before this transaction commits.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            db.WorkflowInstances.Add(instance);
            instance = await bursts.RunAsync(db, instance, Wake.Start, actorId, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return (instance, null);
    }

    /// <summary>Starts <paramref name="definitionId"/> in a transaction of its own.</summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> StartAsync(
        string definitionId, JsonObject? input, string? subjectId, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await StartAsync(db, definitionId, input, subjectId, actorId, cancellationToken);
    }
}
