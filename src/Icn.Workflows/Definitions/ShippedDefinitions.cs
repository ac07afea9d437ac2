using System.Reflection;
using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Definitions;

/// <summary>
/// Definitions that ship with the code: embedded resources named <c>*.workflow.json</c> in the
/// runtime's assembly or a plugin's. At start, each whose definition id has no version yet is saved
/// and published as version 1. A release that changes a shipped document publishes it as the next
/// version while nobody has touched the definition since (its latest version was published by the
/// system, not an admin, and there is no draft): a database that a release already started on gets
/// what the new code expects. Once an admin has saved a draft or published a version, the admin's
/// versions win and shipped changes are left for the admin to take.
/// A shipped definition that does not validate stops the start: it is a bug of the release.
/// </summary>
public static class ShippedDefinitions
{
    public const string ResourceSuffix = ".workflow.json";

    /// <summary>The shipped documents of <paramref name="assemblies"/>, by resource name.</summary>
    public static IReadOnlyList<(string Resource, string Json)> Read(IEnumerable<Assembly> assemblies) =>
        [.. assemblies.Distinct().Where(a => !a.IsDynamic).SelectMany(assembly => assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (name, reader.ReadToEnd());
            }))];

    /// <summary>
    /// Publishes the shipped definitions that the database does not have, and the changed ones that
    /// only the system has published so far; answers their ids.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PublishShippedAsync(
        IDbContextFactory<IcnDbContext> contexts, IEnumerable<(string Resource, string Json)> shipped, DefinitionValidator validator, DateTime now, CancellationToken cancellationToken)
    {
        var published = new List<string>();
        foreach (var (resource, json) in shipped)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (definition, readProblem) = WorkflowDefinitionJson.Read(json);
            if (definition is null)
            {
                throw new InvalidOperationException($"Shipped workflow {resource}: {readProblem!.Path}: {readProblem.Message}");
            }

            var latest = await db.WorkflowDefinitions.AsNoTracking()
                .Where(d => d.DefinitionId == definition.DefinitionId)
                .OrderByDescending(d => d.Version)
                .FirstOrDefaultAsync(cancellationToken);
            if (latest is not null && !IsUntouchedAndOutdated(latest, definition))
            {
                continue;
            }

            var (draft, problem) = await DefinitionVersions.SaveDraftAsync(db, json, cancellationToken);
            if (draft is null)
            {
                throw new InvalidOperationException($"Shipped workflow {resource}: {problem!.Path}: {problem.Message}");
            }

            var problems = DefinitionVersions.Publish(draft, validator, publishedBy: null, now);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Shipped workflow {resource} does not validate: {string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}"))}");
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                published.Add(draft.DefinitionId);
            }
            catch (DbUpdateException)
            {
                // Another process starting at the same moment published it first.
            }
        }

        return published;
    }

    /// <summary>
    /// Whether <paramref name="latest"/> is a version the system published (no admin has saved or
    /// published one since) whose document differs from the shipped <paramref name="shipped"/>.
    /// </summary>
    private static bool IsUntouchedAndOutdated(StoredWorkflowDefinition latest, WorkflowDefinition shipped) =>
        latest.IsPublished
        && latest.PublishedById is null
        // Compared as JSON values: the column is jsonb, which stores keys in an order of its own.
        && !JsonNode.DeepEquals(JsonNode.Parse(latest.Json), JsonNode.Parse(WorkflowDefinitionJson.Write(shipped with { Version = latest.Version })));
}
