namespace Icn.Plugins;

/// <summary>
/// A feature of the network (Opportunities, Events, Membership, a region's plugin): it adds its
/// graph types, root fields, per-request loaders, workflow activities and reactions to events in
/// <see cref="Register"/>, and nowhere else. The host finds every implementation with a
/// parameterless constructor in the assemblies it is given and registers each once.
/// </summary>
public interface INetworkModule
{
    /// <summary>A short name for logs and start-up errors, e.g. "Opportunities"; unique among the modules.</summary>
    string Name { get; }

    /// <summary>The contract version the module was built against; see <see cref="ModuleContract"/>.</summary>
    int ContractVersion => ModuleContract.MajorVersion;

    void Register(INetworkModuleBuilder module);
}
