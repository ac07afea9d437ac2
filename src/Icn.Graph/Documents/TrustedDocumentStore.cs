using System.Collections.Concurrent;
using GraphQL.PersistedDocuments;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Icn.GraphQL.Http;

namespace Icn.Graph.Documents;

/// <summary>
/// Finds a published document's text by its id for GraphQL.NET's persisted document handler. A
/// document never changes (its id is its hash), so once read it is kept for the life of the
/// process and a website's requests cost no SQL. Unknown ids are not remembered: another process
/// may publish the document a moment later.
/// </summary>
internal sealed class TrustedDocumentStore(IDbContextFactory<IcnDbContext> contexts) : IPersistedDocumentLoader
{
    private readonly ConcurrentDictionary<string, string> bodies = new(StringComparer.Ordinal);

    public async ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
    {
        if (documentIdPrefix != "sha256" || !DocumentIds.IsHex(documentIdPayload))
        {
            return null;
        }

        if (bodies.TryGetValue(documentIdPayload, out var body))
        {
            return body;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        body = await db.TrustedDocuments.AsNoTracking()
            .Where(d => d.Id == documentIdPayload)
            .Select(d => d.Body)
            .FirstOrDefaultAsync(cancellationToken);
        if (body is not null)
        {
            bodies.TryAdd(documentIdPayload, body);
        }

        return body;
    }

    /// <summary>Keeps a document this process has just published, so its first use costs no SQL either.</summary>
    public void Remember(string id, string body) => bodies.TryAdd(id, body);
}
