using System.Reflection;
using Icn.Plugins;

namespace Icn.Graph.Engine.Modules;

/// <summary>
/// Finds the network's modules and lets each register itself: the schema's root fields, loaders,
/// activities and reactions come from the modules, not from a list kept here.
/// </summary>
internal static class NetworkModules
{
    /// <summary>Every <see cref="INetworkModule"/> of <paramref name="assemblies"/>, registered in name order.</summary>
    public static IServiceCollection AddNetworkModules(this IServiceCollection services, params Assembly[] assemblies) =>
        services.AddNetworkModules(Discover(assemblies));

    /// <summary>The given modules, registered in their order; refused when one was built for another contract or two share a name.</summary>
    public static IServiceCollection AddNetworkModules(this IServiceCollection services, IEnumerable<INetworkModule> modules)
    {
        var builder = new NetworkModuleBuilder(services);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            if (module.ContractVersion != ModuleContract.MajorVersion)
            {
                throw new InvalidOperationException(
                    $"The module '{module.Name}' ({module.GetType().Assembly.GetName().Name}) was built for contract version {module.ContractVersion}; this API offers version {ModuleContract.MajorVersion}.");
            }

            if (!names.Add(module.Name))
            {
                throw new InvalidOperationException($"Two modules are named '{module.Name}'; a module's name must be unique.");
            }

            module.Register(builder);
        }

        return services;
    }

    private static IEnumerable<INetworkModule> Discover(IEnumerable<Assembly> assemblies) => assemblies
        .Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(INetworkModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (INetworkModule)Activator.CreateInstance(t)!)
        .OrderBy(m => m.Name, StringComparer.Ordinal);
}
