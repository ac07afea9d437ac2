using System.Reflection;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Definitions;

/// <summary>
/// Definitions that ship with the code: embedded resources named <c>*.workflow.json</c> in the
/// runtime's assembly or a plugin's. At start, each whose definition id has no version yet is saved
/// and published as version 1; one that exists is left alone, so an admin's later versions win.
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

    /// <summary>Publishes the shipped definitions that the database does not have; answers their ids.</summary>
    public static async Task<IReadOnlyList<string>> PublishMissingAsync(
        IDbContextFactory<IcnDbContext> contexts, IEnumerable<(string Resource, string Json)> shipped, DefinitionValidator validator, DateTime now, CancellationToken cancellationToken)
    {
        var published = new List<string>();
        foreach (var (resource, json) in shipped)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (draft, problem) = await DefinitionVersions.SaveDraftAsync(db, json, cancellationToken);
            if (draft is null)
            {
                throw new InvalidOperationException($"Shipped workflow {resource}: {problem!.Path}: {problem.Message}");
            }

            if (draft.Version != 1 || await db.WorkflowDefinitions.AnyAsync(d => d.DefinitionId == draft.DefinitionId, cancellationToken))
            {
                continue;
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
}
