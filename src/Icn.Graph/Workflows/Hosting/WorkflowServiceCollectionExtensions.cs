using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;
using Icn.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Workflows.Hosting;

internal static class WorkflowServiceCollectionExtensions
{
    /// <summary>The activity catalog, the definitions' validator, the runtime and its timer worker.</summary>
    public static IServiceCollection AddIcnWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.Section))
            .Validate(o => o.TimerWorkers is >= 1 and <= 64, "Workflows:TimerWorkers must be between 1 and 64.")
            .Validate(o => o.TimerPollInterval > TimeSpan.Zero && o.ScriptTimeout > TimeSpan.Zero, "Workflows: intervals and timeouts must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ActivityCatalog.FromLoadedAssemblies());
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton<PublishedDefinitions>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WorkflowOptions>>().Value;
            return new WorkflowScripts(new ScriptLimits
            {
                Timeout = options.ScriptTimeout,
                MemoryBytes = options.ScriptMemoryBytes,
                Statements = options.ScriptStatements,
                RecursionDepth = options.ScriptRecursionDepth,
            }, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<WorkflowRuntime>();
        services.AddHostedService<WorkflowTimerWorker>();
        return services;
    }
}
