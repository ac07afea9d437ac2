using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Workflows;

/// <summary>Request-scoped batched loads about workflow definitions.</summary>
internal sealed class WorkflowDefinitionDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    /// <summary>Every version of each definition, oldest first.</summary>
    public BatchLoader<string, IReadOnlyList<StoredWorkflowDefinition>> VersionsOf { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkflowDefinitions.AsNoTracking().Where(d => wanted.Contains(d.DefinitionId)).OrderBy(d => d.Version).ToListAsync(cancellationToken);
        return rows.GroupBy(d => d.DefinitionId).ToDictionary(g => g.Key, g => (IReadOnlyList<StoredWorkflowDefinition>)[.. g]);
    }, []);
}
