using GraphQL;
using GraphQL.Types;
using Icn.Domain.Access;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Access;

/// <summary>A website key as admins manage it; never its secret, which only its creation answers.</summary>
internal sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public ApiKeyType()
    {
        this.ImplementNode("ApiKey", k => k.Id);
        Description = "A member website's key: it reads the network's public data, from the browser origins it lists. Readable with the ADMIN role only.";
        this.AuthorizeWithPolicy(AccessPolicies.Admin);
        Field(k => k.Name).Description("What the key is for, e.g. \"www.cluster.example\".");
        Field<NonNullGraphType<ClusterType>>("cluster")
            .Description("The cluster the key was issued to.")
            .Resolve(context => context.Loaders<ClusterDataLoaders>().ById.Load(context.Source.ClusterId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedOrigins")
            .Description("The browser origins (scheme://host[:port]) that may call the API with the key; server-side calls send no origin.")
            .Resolve(context => context.Source.AllowedOrigins);
        Field(k => k.TrustedDocumentsOnly).Description("Whether the key runs only published trusted documents (by `documentId`) and is refused query texts.");
        Field(k => k.Prefix).Description("The secret's first characters, to recognise the key; the secret itself is shown once, by `createApiKey`.");
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Description("When the key was made.").Resolve(context => context.Source.CreatedAt);
        Field<InstantGraphType>("lastUsedAt").Description("When the key was last used, to the minute; null when never.").Resolve(context => context.Source.LastUsedAt);
        Field<InstantGraphType>("revokedAt").Description("When the key was revoked; null while it works.").Resolve(context => context.Source.RevokedAt);
    }
}
