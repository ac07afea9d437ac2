using GraphQL;
using GraphQL.DI;
using Icn.GraphQL.Authorization;
using Icn.GraphQL.Data;
using Icn.GraphQL.Errors;
using Icn.GraphQL.Filtering;
using Icn.GraphQL.Http;
using Icn.GraphQL.Limits;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Schema;

namespace Icn.GraphQL;

public static class GraphQLEngineServiceCollectionExtensions
{
    /// <summary>
    /// The engine around a host's schema: GraphQL.NET with <paramref name="schema"/> (the host adds
    /// its schema and graph types there), the engine's serializer, error shaping, authorization rule,
    /// document caches, request loaders, limits and the HTTP transport. The host registers an
    /// <see cref="ICallerRules"/> and maps the endpoint with <see cref="GraphQLHttpEndpoints.MapGraphQLHttp"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLEngine(
        this IServiceCollection services, IConfiguration configuration, Action<IGraphQLBuilder> schema, Action<GraphQLEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var options = new GraphQLEngineOptions();
        configure?.Invoke(options);
        if (options.CaseInsensitiveLike is { } like)
        {
            ScalarOperators.UseLike(like);
        }

        services.AddSingleton(options);
        services.AddSingleton<IConfigureExecution, AuthorizationExecution>();
        services.AddSingleton<PassedValidations>();
        services.AddSingleton<IConfigureExecution, DocumentCache>();
        services.AddSingleton<IConfigureExecution, RequestLoadersExecution>();
        services.AddGraphQL(graphQL =>
        {
            schema(graphQL);
            graphQL
                .AddGraphTypes(typeof(GraphQLEngineServiceCollectionExtensions).Assembly)
                .AddSerializer<AnswerSerializer>()
                .AddErrorInfoProvider<GraphQLErrorInfoProvider>()
                .AddUnhandledExceptionHandler(UnhandledExceptions.Log);
        });
        // Registered after GraphQL.NET's own validator, so the executer (and a host's own checks of
        // documents) get this one.
        services.AddSingleton<RememberedCoercion>();
        services.AddSingleton(sp => (AnswerSerializer)sp.GetRequiredService<IGraphQLSerializer>());
        services.AddSingleton<global::GraphQL.Validation.IDocumentValidator>(sp => sp.GetRequiredService<RememberedCoercion>());

        // Generic graph types are named after their type argument (OrderConnection, TagListFilter, ...).
        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(ConnectionGraphType<,>));
        services.AddTransient(typeof(EdgeGraphType<>));
        services.AddTransient(typeof(EnumFilterGraphType<>));
        services.AddTransient(typeof(ListFilterGraphType<>));
        services.AddScoped<NestedConnectionLoaders>();
        services.AddScoped<RequestLoaders>();

        return services
            .AddGraphQLLimits(configuration)
            .AddGraphQLHttp(configuration);
    }
}
