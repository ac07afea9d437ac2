namespace Icn.Plugins;

/// <summary>
/// The contract a regional plugin assembly implements. It depends on nothing of the API, so a
/// region can build against it alone. Loading, isolation and the extension points (local fields,
/// types, workflow activities, reactions) arrive with the plugins issue.
/// </summary>
public interface IRegionalPlugin
{
    /// <summary>The slug of the one region this plugin is bound to, e.g. "nordics".</summary>
    string RegionSlug { get; }

    /// <summary>A short name shown to admins.</summary>
    string Name { get; }
}
