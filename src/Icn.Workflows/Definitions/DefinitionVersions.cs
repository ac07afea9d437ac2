using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Definitions;

/// <summary>
/// The life of a definition's versions, on a tracked context the caller saves: one draft, saved any
/// number of times; publishing validates it and freezes it as a version; the next save starts the
/// next version; reverting copies an earlier version into the draft. The stored document always
/// carries the version of its row.
/// </summary>
public static class DefinitionVersions
{
    /// <summary>Saves <paramref name="json"/> as its definition's draft (a new definition starts at version 1).</summary>
    public static async Task<(StoredWorkflowDefinition? Draft, DefinitionProblem? Problem)> SaveDraftAsync(IcnDbContext db, string json, CancellationToken cancellationToken)
    {
        var (definition, problem) = WorkflowDefinitionJson.Read(json);
        if (definition is null)
        {
            return (null, problem);
        }

        if (!DefinitionIds.IsValid(definition.DefinitionId))
        {
            return (null, new DefinitionProblem("$.definitionId", "The definition id must be lower-case words joined by hyphens, e.g. \"membership-application\"."));
        }

        return (await WriteDraftAsync(db, definition, cancellationToken), null);
    }

    /// <summary>Validates and publishes the definition's draft; the problems when it is not valid.</summary>
    public static async Task<(StoredWorkflowDefinition? Published, IReadOnlyList<DefinitionProblem> Problems)> PublishAsync(
        IcnDbContext db, string definitionId, DefinitionValidator validator, Guid? publishedBy, DateTime now, CancellationToken cancellationToken)
    {
        var draft = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && !d.IsPublished, cancellationToken);
        if (draft is null)
        {
            return (null, [new DefinitionProblem("$", $"'{definitionId}' has no draft to publish.")]);
        }

        var problems = Publish(draft, validator, publishedBy, now);
        return problems.Count > 0 ? (null, problems) : (draft, []);
    }

    /// <summary>Validates <paramref name="draft"/> and, when it passes, marks it published.</summary>
    public static IReadOnlyList<DefinitionProblem> Publish(StoredWorkflowDefinition draft, DefinitionValidator validator, Guid? publishedBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(validator);
        var problems = validator.Validate(WorkflowDefinitionJson.Read(draft.Json).Definition!);
        if (problems.Count == 0)
        {
            draft.IsPublished = true;
            draft.PublishedAt = now;
            draft.PublishedById = publishedBy;
        }

        return problems;
    }

    /// <summary>Makes the draft a copy of published <paramref name="version"/> (replacing any draft).</summary>
    public static async Task<(StoredWorkflowDefinition? Draft, DefinitionProblem? Problem)> RevertAsync(
        IcnDbContext db, string definitionId, int version, CancellationToken cancellationToken)
    {
        var earlier = await db.WorkflowDefinitions.AsNoTracking()
            .FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version && d.IsPublished, cancellationToken);
        if (earlier is null)
        {
            return (null, new DefinitionProblem("$.version", $"'{definitionId}' has no published version {version}."));
        }

        return (await WriteDraftAsync(db, WorkflowDefinitionJson.Read(earlier.Json).Definition!, cancellationToken), null);
    }

    private static async Task<StoredWorkflowDefinition> WriteDraftAsync(IcnDbContext db, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var draft = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.DefinitionId == definition.DefinitionId && !d.IsPublished, cancellationToken);
        if (draft is null)
        {
            var latest = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definition.DefinitionId).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
            draft = new StoredWorkflowDefinition { DefinitionId = definition.DefinitionId, Version = latest + 1, Name = definition.Name, Json = "{}" };
            db.WorkflowDefinitions.Add(draft);
        }

        draft.Name = definition.Name;
        draft.Json = WorkflowDefinitionJson.Write(definition with { Version = draft.Version });
        return draft;
    }
}
