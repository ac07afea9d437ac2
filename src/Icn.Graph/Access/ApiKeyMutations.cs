using GraphQL.Types;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Access;

/// <summary>
/// Admins issue website keys to member clusters and revoke them. The secret is answered once, by
/// <c>createApiKey</c>; only its hash is kept. Both change the origins CORS preflights accept, which
/// this process then reads again at once (other processes within <see cref="WebsiteOrigins.FreshFor"/>).
/// </summary>
internal sealed class ApiKeyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateApiKeyInput>("createApiKey", "Issues a website key to a cluster. The answer holds the secret, once: store it in the website's configuration.")
            .Returns<ApiKeyType>("apiKey", "The new key.")
            .ReturnsExtra<StringGraphType>("secret", "The key's secret, to send as `Authorization: ApiKey <secret>`. Shown only here, only once; lost secrets are replaced by a new key.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(CreateAsync);

        mutation.Mutation<RevokeApiKeyInput>("revokeApiKey", "Revokes a website key: from the next request on, it is refused.")
            .Returns<ApiKeyType>("apiKey", "The revoked key.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(RevokeAsync);
    }

    private static async Task<Payload> CreateAsync(CreateApiKeyInput input, MutationContext mutation)
    {
        var origins = Origins(input, mutation);
        // A cluster id that failed its rule is reported already; only a well-formed one is looked up.
        if (input.ClusterId != Guid.Empty && await mutation.RequireClusterAsync(input.ClusterId, mutation.PathOf(nameof(input.ClusterId))) is { } missing)
        {
            mutation.Reject(missing);
        }

        if (!mutation.InputIsValid)
        {
            // No key is made: the answer is the mistakes.
            return await mutation.SaveAsync(null);
        }

        var (secret, prefix, hash) = ApiKeySecrets.Generate();
        var key = input.ToKey(prefix, hash, origins!, mutation.Now, mutation.Viewer.UserId);
        mutation.Db.ApiKeys.Add(key);
        var payload = await mutation.SaveAsync(key, new Dictionary<string, object?> { ["secret"] = secret });
        mutation.Services.GetRequiredService<WebsiteOrigins>().Invalidate();
        return payload;
    }

    private static async Task<Payload> RevokeAsync(RevokeApiKeyInput input, MutationContext mutation)
    {
        var key = await mutation.Db.ApiKeys.FirstOrDefaultAsync(k => k.Id == input.Id, mutation.CancellationToken);
        if (key is null)
        {
            return Payload.Failed(new NotFoundUserError("No website key has this id.", mutation.PathOf(nameof(input.Id))));
        }

        if (key.Revoke(mutation.Now) is { } refused)
        {
            return mutation.Refused(refused, nameof(input.Id));
        }

        var payload = await mutation.SaveAsync(key);
        mutation.Services.GetRequiredService<WebsiteOrigins>().Invalidate();
        return payload;
    }

    /// <summary>The allowed origins in their normal form, without repeats; null (with errors) when one is not an origin.</summary>
    private static List<string>? Origins(CreateApiKeyInput input, MutationContext mutation)
    {
        // Null when the list failed its rule, which said why already.
        if (input.AllowedOrigins is not { } texts)
        {
            return null;
        }

        var origins = new List<string>();
        foreach (var text in texts)
        {
            var (origin, problem) = WebsiteOriginNames.Normalize(text);
            if (problem is not null)
            {
                mutation.Invalid(nameof(input.AllowedOrigins), problem);
                return null;
            }

            origins.Add(origin!);
        }

        origins = [.. origins.Distinct(StringComparer.Ordinal)];
        if (origins.Count > WebsiteOriginNames.MaxPerKey)
        {
            mutation.Invalid(nameof(input.AllowedOrigins), $"A key may list at most {WebsiteOriginNames.MaxPerKey} origins; {origins.Count} were given.");
            return null;
        }

        return origins;
    }
}
