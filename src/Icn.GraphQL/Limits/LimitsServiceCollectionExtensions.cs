using GraphQL.DI;

namespace Icn.GraphQL.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The configured request limits, applied to every execution whatever its transport.</summary>
    public static IServiceCollection AddGraphQLLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(GraphQLLimitsOptions.Section).Get<GraphQLLimitsOptions>() ?? new GraphQLLimitsOptions();
        return services
            .AddSingleton(limits)
            .AddSingleton<IConfigureExecution, LimitsExecution>()
            .AddSingleton<IConfigureExecution, DocumentSizeLimit>()
            .AddSingleton<IConfigureExecution, VariableValueLimit>()
            // After GraphQL.NET's own, so the executer and the trusted documents' check parse with this one.
            .AddSingleton<global::GraphQL.Execution.IDocumentBuilder, BudgetedDocumentBuilder>();
    }
}
