using GraphQL.Types;
using Icn.Domain.Access;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Access;

/// <summary>
/// Admins issue website keys to member clusters and revoke them. The secret is answered once, by
/// <c>createApiKey</c>; only its hash is kept. Both change the origins CORS preflights accept, which
/// this process then reads again at once (other processes within <see cref="WebsiteOrigins.FreshFor"/>).
/// </summary>
internal sealed class ApiKeyMutations : IMutationFields
{
    private const int NameLength = 200;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("createApiKey", "Issues a website key to a cluster. The answer holds the secret, once: store it in the website's configuration.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster whose website uses the key.");
                input.Field<NonNullGraphType<StringGraphType>>("name").Description($"What the key is for, e.g. the website's address; at most {NameLength} characters.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedOrigins")
                    .Description($"The browser origins that may use the key (scheme://host[:port], e.g. \"https://www.cluster.example\"), at most {WebsiteOriginNames.MaxPerKey}; empty for a key used only from servers.");
                input.Field<BooleanGraphType>("trustedDocumentsOnly")
                    .Description("When true, the key runs only published trusted documents (requests send `documentId`); a request that sends a query text is refused with FORBIDDEN. Set when the key is made; false when omitted.");
            })
            .Returns<ApiKeyType>("apiKey", "The new key.")
            .ReturnsExtra<StringGraphType>("secret", "The key's secret, to send as `Authorization: ApiKey <secret>`. Shown only here, only once; lost secrets are replaced by a new key.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(CreateAsync);

        mutation.Mutation("revokeApiKey", "Revokes a website key: from the next request on, it is refused.")
            .Input(input => input.Field<NonNullGraphType<IdGraphType>>("id").Description("The key."))
            .Returns<ApiKeyType>("apiKey", "The revoked key.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(RevokeAsync);
    }

    private static async Task<Payload> CreateAsync(MutationInput input, MutationContext mutation)
    {
        var clusterId = input.Id("clusterId", "Cluster");
        var name = input.Text("name", NameLength);
        var origins = Origins(input);
        if (clusterId is { } cluster && await mutation.RequireClusterAsync(cluster, input.PathOf("clusterId")) is { } missing)
        {
            input.Add(missing);
        }

        if (!input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        var (secret, prefix, hash) = ApiKeySecrets.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            ClusterId = clusterId!.Value,
            Name = name!,
            Prefix = prefix,
            SecretHash = hash,
            AllowedOrigins = origins!,
            TrustedDocumentsOnly = input.Value<bool>("trustedDocumentsOnly") ?? false,
            CreatedAt = mutation.Now,
            CreatedById = mutation.Viewer.UserId,
        };
        mutation.Db.ApiKeys.Add(key);
        var payload = await mutation.SaveAsync(key, new Dictionary<string, object?> { ["secret"] = secret });
        mutation.Services.GetRequiredService<WebsiteOrigins>().Invalidate();
        return payload;
    }

    private static async Task<Payload> RevokeAsync(MutationInput input, MutationContext mutation)
    {
        if (input.Id("id", "ApiKey") is not { } id)
        {
            return Payload.Failed(input.Errors);
        }

        var key = await mutation.Db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, mutation.CancellationToken);
        if (key is null)
        {
            return Payload.Failed(new NotFoundUserError("No website key has this id.", input.PathOf("id")));
        }

        if (key.RevokedAt is { } revokedAt)
        {
            return Payload.Failed(new ConflictUserError($"This key was revoked already, at {revokedAt:yyyy-MM-dd HH:mm} UTC.", input.PathOf("id")));
        }

        key.RevokedAt = mutation.Now;
        var payload = await mutation.SaveAsync(key);
        mutation.Services.GetRequiredService<WebsiteOrigins>().Invalidate();
        return payload;
    }

    /// <summary>The allowed origins in their normal form, without repeats; null (with errors) when one is not an origin.</summary>
    private static List<string>? Origins(MutationInput input)
    {
        // The count is checked after normalising, when "https://a.example/" and "https://A.example" are one.
        if (input.Texts("allowedOrigins", int.MaxValue, 300) is not { } texts)
        {
            return null;
        }

        var origins = new List<string>();
        foreach (var text in texts)
        {
            var (origin, problem) = WebsiteOriginNames.Normalize(text);
            if (problem is not null)
            {
                input.Invalid("allowedOrigins", problem);
                return null;
            }

            origins.Add(origin!);
        }

        origins = [.. origins.Distinct(StringComparer.Ordinal)];
        if (origins.Count > WebsiteOriginNames.MaxPerKey)
        {
            input.Invalid("allowedOrigins", $"A key may list at most {WebsiteOriginNames.MaxPerKey} origins; {origins.Count} were given.");
            return null;
        }

        return origins;
    }
}
