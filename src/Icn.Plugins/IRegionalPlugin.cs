namespace Icn.Plugins;

/// <summary>
/// A region's plugin: a module bound to one region. Loading it from its own assembly, isolating it
/// and limiting what it may break arrive with the plugins issue; what it may add is
/// <see cref="INetworkModuleBuilder"/>'s.
/// </summary>
public interface IRegionalPlugin : INetworkModule
{
    /// <summary>The slug of the one region this plugin is bound to, e.g. "nordics".</summary>
    string RegionSlug { get; }
}
