namespace Icn.Plugins;

/// <summary>
/// The version of the modules' contract (this assembly's public types). A module built against a
/// contract with another major version is refused at start-up, by name, instead of failing later
/// on a missing member.
/// </summary>
public static class ModuleContract
{
    /// <summary>Raised on a change that breaks modules built before it; additions keep it.</summary>
    public const int MajorVersion = 1;
}
