namespace Icn.GraphQL.Http;

public static class GraphQLHttpEndpoints
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GraphQLHttpOptions.Section).Get<GraphQLHttpOptions>() ?? new GraphQLHttpOptions();
        return services
            .AddSingleton(options)
            .AddSingleton<GraphQLRequestReader>()
            .AddSingleton<PublicResponseCaching>()
            .AddSingleton<GraphQLHttpHandler>();
    }

    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="path"/>; a browser that opens it is sent to the
    /// host's GraphiQL at <paramref name="graphiQLPath"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string path = "/graphql", string graphiQLPath = "/graphiql")
    {
        endpoints.Map(path, (HttpContext http, GraphQLHttpHandler handler) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query") && !http.Request.Query.ContainsKey("documentId")
                && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Redirect(graphiQLPath);
                return Task.CompletedTask;
            }

            return handler.HandleAsync(http);
        });
        return endpoints;
    }
}
