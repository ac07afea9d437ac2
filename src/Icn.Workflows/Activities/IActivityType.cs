namespace Icn.Workflows.Activities;

/// <summary>
/// An activity type. Any public, non-abstract implementation with a parameterless constructor in
/// a loaded assembly joins the catalog, so a regional plugin adds its own without touching the
/// runtime.
/// </summary>
public interface IActivityType
{
    ActivityDescriptor Descriptor { get; }
}
