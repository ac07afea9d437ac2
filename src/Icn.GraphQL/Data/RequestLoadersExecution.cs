using GraphQL;
using GraphQL.DI;

namespace Icn.GraphQL.Data;

/// <summary>Puts the request's <see cref="RequestLoaders"/> into each execution's user context, where resolvers find it without the service scope.</summary>
internal sealed class RequestLoadersExecution : IConfigureExecution
{
    public float SortOrder => 50;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.RequestServices is { } services)
        {
            options.UserContext[RequestLoaders.UserContextKey] = services.GetRequiredService<RequestLoaders>();
        }

        return next(options);
    }
}
