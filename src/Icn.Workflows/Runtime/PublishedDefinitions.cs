using System.Collections.Concurrent;
using Icn.Domain.Persistence;
using Icn.Workflows.Activities.BuiltIn;
using Icn.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Published versions, read once and kept: a published version never changes, so the cache needs
/// no invalidation. Only the question "which version is the latest" goes to the database.
/// </summary>
public sealed class PublishedDefinitions
{
    private static readonly string StartType = new Start().Descriptor.Type;
    private readonly ConcurrentDictionary<(string DefinitionId, int Version), RunnableDefinition> versions = new();

    /// <summary>The newest published version of <paramref name="definitionId"/>; null when none is published.</summary>
    public async Task<int?> LatestVersionAsync(IcnDbContext db, string definitionId, CancellationToken cancellationToken) =>
        await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .MaxAsync(d => (int?)d.Version, cancellationToken);

    internal async Task<RunnableDefinition> GetAsync(IcnDbContext db, string definitionId, int version, CancellationToken cancellationToken)
    {
        if (versions.TryGetValue((definitionId, version), out var known))
        {
            return known;
        }

        var json = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == version && d.IsPublished)
            .Select(d => d.Json)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowFault($"'{definitionId}' has no published version {version}.");
        var runnable = new RunnableDefinition(WorkflowDefinitionJson.Read(json).Definition!, StartType);
        return versions.GetOrAdd((definitionId, version), runnable);
    }
}
