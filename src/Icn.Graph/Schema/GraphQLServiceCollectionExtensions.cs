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
using Icn.Graph.Http;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.Graph.Membership;
using Icn.Graph.Obligations;
using Icn.Graph.Audit;
using Icn.Graph.Clusters;
using Icn.Graph.Content;
using Icn.Graph.Data;
using Icn.Graph.Errors;
using Icn.Graph.Events;
using Icn.Graph.Filtering;
using Icn.Graph.Knowledge;
using Icn.Graph.Modules;
using Icn.Graph.Mutations;
using Icn.Graph.Members;
using Icn.Graph.Paging;
using Icn.Graph.Opportunities;
using Icn.Graph.Regions;
using Icn.Graph.Relay;
using Icn.Graph.Search;
using Icn.Graph.Sectors;
using Icn.Graph.Documents;
using Icn.Graph.Staff;
using Icn.Graph.Workflows;
using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;

namespace Icn.Graph.Schema;

internal static class GraphQLServiceCollectionExtensions
{
    /// <summary>The schema, its execution settings, and the network's modules (each area's fields, loaders and node sources).</summary>
    public static IServiceCollection AddIcnGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<GraphQL.DI.IConfigureExecution, AuthorizationExecution>();
        services.AddSingleton<PassedValidations>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, DocumentCache>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, TrustedDocumentHandler>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, RequestLoadersExecution>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<GraphQL.PersistedDocuments.IPersistedDocumentLoader>(sp => sp.GetRequiredService<TrustedDocumentStore>());
        services.AddSingleton<DocumentCheck>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<IcnSchema>()
            .AddGraphTypes(typeof(IcnSchema).Assembly)
            .AddSerializer<AnswerSerializer>()
            .AddErrorInfoProvider<IcnErrorInfoProvider>()
            .AddUnhandledExceptionHandler(UnhandledExceptions.Log));
        // Registered after GraphQL.NET's own validator, so the executer and DocumentCheck get this one.
        services.AddSingleton<RememberedCoercion>();
        services.AddSingleton(sp => (AnswerSerializer)sp.GetRequiredService<IGraphQLSerializer>());
        services.AddSingleton<GraphQL.Validation.IDocumentValidator>(sp => sp.GetRequiredService<RememberedCoercion>());

        services.AddOptions<MarkdownBounds>().BindConfiguration(MarkdownBounds.Section);
        services.AddSingleton<MarkdownHtml>();

        // Each area is a module: its root fields, loaders and node sources are registered by it.
        services.AddNetworkModules(typeof(IcnSchema).Assembly);
        services.AddSingleton<DomainEventDispatcher>();

        // Generic graph types are named after their type argument (OpportunityConnection, SectorListFilter, ...).
        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(ConnectionGraphType<,>));
        services.AddTransient(typeof(EdgeGraphType<>));
        services.AddTransient(typeof(EnumFilterGraphType<>));
        services.AddTransient(typeof(ListFilterGraphType<>));
        services.AddScoped<NestedConnectionLoaders>();
        services.AddScoped<RequestLoaders>();

        return services;
    }
}
