using GraphQL;
using Icn.Domain.Access;
using Icn.Domain.Audit;
using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Obligations;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Http;
using Icn.GraphQL.Http;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Membership;
using Icn.Graph.Obligations;
using Icn.Graph.Audit;
using Icn.Graph.Clusters;
using Icn.Graph.Content;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Errors;
using Icn.GraphQL.Errors;
using Icn.Graph.Events;
using Icn.GraphQL.Filtering;
using Icn.Graph.Knowledge;
using Icn.Graph.Engine.Modules;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Members;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Opportunities;
using Icn.Graph.Regions;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Search;
using Icn.Graph.Sectors;
using Icn.Graph.Documents;
using Icn.Graph.Staff;
using Icn.Graph.Workflows;
using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;
using Icn.GraphQL;
using Microsoft.EntityFrameworkCore;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Engine.Schema;

internal static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL engine around the network's schema (with what it needs to know of the network's
    /// callers and database), the trusted documents, and the network's modules (each area's fields,
    /// loaders and node sources).
    /// </summary>
    public static IServiceCollection AddIcnGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ICallerRules, NetworkCallerRules>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution, TrustedDocumentHandler>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<global::GraphQL.PersistedDocuments.IPersistedDocumentLoader>(sp => sp.GetRequiredService<TrustedDocumentStore>());
        services.AddSingleton<DocumentCheck>();
        services.AddGraphQLEngine(
            configuration,
            graphQL => graphQL
                .AddSchema<IcnSchema>()
                .AddGraphTypes(typeof(IcnSchema).Assembly),
            engine =>
            {
                engine.InputProblem = PostgresInputProblems.Of;
                // ILIKE, which the trigram indexes of the filtered text columns serve.
                engine.CaseInsensitiveLike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
                    nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)]);
            });

        services.AddOptions<MarkdownBounds>().BindConfiguration(MarkdownBounds.Section);
        services.AddSingleton<MarkdownHtml>();

        // Each area is a module: its root fields, loaders and node sources are registered by it.
        services.AddNetworkModules(typeof(IcnSchema).Assembly);
        services.AddSingleton<DomainEventDispatcher>();

        return services;
    }
}
