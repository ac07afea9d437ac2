using System.Globalization;
using GraphQL.Types;
using Icn.Domain.Documents;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Microsoft.EntityFrameworkCore;
using Icn.GraphQL.Http;

namespace Icn.Graph.Documents;

/// <summary>
/// Admins publish the documents a website's build produced; websites then send their ids. Every
/// document is checked first and none is published unless all pass, so a build either publishes
/// its whole set or learns what to fix. Publishing a document again changes nothing.
/// </summary>
internal sealed class TrustedDocumentMutations : IMutationFields
{
    public const int MaxDocuments = 100;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PublishDocumentsInput>("publishDocuments", $"Publishes trusted documents, which websites then run by id (`documentId: \"sha256:<hash>\"`) instead of sending the text. All or none: when one document does not parse or validate, none is published. At most {MaxDocuments} per call.")
            .Returns<ListGraphType<NonNullGraphType<StringGraphType>>>("documentIds", "Each document's id (\"sha256:\" and 64 hex digits), in the order of `documents`; null when nothing was published.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(PublishAsync);
    }

    private static async Task<Payload> PublishAsync(PublishDocumentsInput input, MutationContext mutation)
    {
        var items = input.Documents;
        if (items.Count == 0 || items.Count > MaxDocuments)
        {
            mutation.Invalid(nameof(input.Documents), $"Send between 1 and {MaxDocuments} documents; {items.Count} were sent.");
            return await mutation.SaveAsync(null);
        }

        var check = mutation.Services.GetRequiredService<DocumentCheck>();
        var documents = new List<TrustedDocument>();
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            if (await check.ProblemAsync(item.Body, mutation.Services, mutation.CancellationToken) is { } problem)
            {
                mutation.Reject(new ValidationUserError(problem, BodyPath(mutation, index)));
                continue;
            }

            documents.Add(item.ToDocument(mutation.Now, mutation.Viewer.UserId));
        }

        if (!mutation.InputIsValid)
        {
            // All or none: nothing is published while one document has a mistake.
            return await mutation.SaveAsync(null);
        }

        // Already published documents stay as they are (same id, same text); only new ones are added.
        var ids = documents.Select(d => d.Id).Distinct().ToList();
        var known = await mutation.Db.TrustedDocuments.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(mutation.CancellationToken);
        mutation.Db.TrustedDocuments.AddRange(documents.DistinctBy(d => d.Id).Where(d => !known.Contains(d.Id)));
        var payload = await mutation.SaveAsync(documents.Select(d => DocumentIds.Format(d.Id)).ToList());
        if (payload.Errors.Count == 0)
        {
            var store = mutation.Services.GetRequiredService<TrustedDocumentStore>();
            documents.ForEach(d => store.Remember(d.Id, d.Body));
        }

        return payload;
    }

    /// <summary>The path of a document's body, e.g. ["input", "documents", "0", "body"].</summary>
    private static IReadOnlyList<string> BodyPath(MutationContext mutation, int index) =>
        [.. mutation.PathOf(nameof(PublishDocumentsInput.Documents)), index.ToString(CultureInfo.InvariantCulture), mutation.PathOf(nameof(TrustedDocumentInput.Body))[^1]];
}
