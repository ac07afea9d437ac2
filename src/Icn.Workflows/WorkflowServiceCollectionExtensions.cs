using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;
using Icn.Workflows.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Icn.Workflows;

/// <summary>
/// The workflow runtime's registration, the one the API, the tests and the bench all use. It needs
/// the domain's (<c>AddIcnDomain</c>: the context factory and the clock). What only a host runs,
/// such as the background worker that fires due timers, the host adds itself.
/// </summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>The runtime, with its <see cref="WorkflowOptions"/> read from the configuration's "Workflows" section.</summary>
    public static IServiceCollection AddIcnWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowRuntime().Bind(configuration.GetSection(WorkflowOptions.Section));
        return services;
    }

    /// <summary>The runtime, with its <see cref="WorkflowOptions"/> set in code (a test's script limits, say).</summary>
    public static IServiceCollection AddIcnWorkflows(this IServiceCollection services, Action<WorkflowOptions> configure)
    {
        services.AddWorkflowRuntime().Configure(configure);
        return services;
    }

    /// <summary>
    /// The activity catalog (the runtime's own types and every <see cref="IActivityType"/>
    /// registered as a service, which is how a module adds one), the definitions' validator, the cache of published versions, the expressions'
    /// engine under the configured limits, and the runtime.
    /// </summary>
    private static OptionsBuilder<WorkflowOptions> AddWorkflowRuntime(this IServiceCollection services)
    {
        var options = services.AddOptions<WorkflowOptions>()
            .Validate(o => o.TimerWorkers is >= 1 and <= 64, "Workflows:TimerWorkers must be between 1 and 64.")
            .Validate(o => o.TimerPollInterval > TimeSpan.Zero && o.ScriptTimeout > TimeSpan.Zero, "Workflows: intervals and timeouts must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => ActivityCatalog.Of(sp.GetServices<IActivityType>()));
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton<PublishedDefinitions>();
        services.AddSingleton(sp => new WorkflowScripts(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.ScriptLimits, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WorkflowRuntime>();
        return options;
    }
}
