using Icn.Graph.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Icn.GraphQL.Http;

namespace Icn.Graph.Engine.Http;

internal static class RequestBodyLimitServiceCollectionExtensions
{
    private const string ReplacedBodyLimitKey = "GraphQL:Http:MaxBodyBytes";

    /// <summary>
    /// Binds Api:MaxRequestBodyBytes and makes it Kestrel's own limit too, the outer bound: a body
    /// is cut off by the server even on a path the middleware would not see.
    /// </summary>
    public static IServiceCollection AddRequestBodyLimit(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section)
            .Validate(api => api.MaxRequestBodyBytes > 0, "Api:MaxRequestBodyBytes must be a positive number of bytes.")
            // The limit used to be /graphql's alone; a deployment that still sets the old key would
            // otherwise get the default silently, larger than what it asked for.
            .Validate<IConfiguration>(
                (_, configuration) => configuration[ReplacedBodyLimitKey] is null,
                $"{ReplacedBodyLimitKey} was replaced by Api:MaxRequestBodyBytes, one limit for every endpoint: rename the setting.")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<ApiOptions>>((kestrel, api) => kestrel.Limits.MaxRequestBodySize = api.Value.MaxRequestBodyBytes);
        return services;
    }

    /// <summary>Refuses bodies over the limit; put it before anything that reads a body.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.UseMiddleware<RequestBodyLimit>();
}
