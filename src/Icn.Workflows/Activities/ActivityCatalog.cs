using System.Reflection;

namespace Icn.Workflows.Activities;

/// <summary>The activity types found in the given assemblies, by type name.</summary>
public sealed class ActivityCatalog
{
    private readonly Dictionary<string, IActivityType> types;

    /// <summary>The public activity types of <paramref name="assemblies"/>.</summary>
    public ActivityCatalog(IEnumerable<Assembly> assemblies)
        : this(assemblies.Distinct().SelectMany(LoadableTypes).Where(t => t.IsPublic))
    {
    }

    /// <summary>The activity types among <paramref name="candidates"/>.</summary>
    internal ActivityCatalog(IEnumerable<Type> candidates)
        : this(candidates
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActivityType).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IActivityType)Activator.CreateInstance(t)!))
    {
    }

    private ActivityCatalog(IEnumerable<IActivityType> activities)
    {
        types = new Dictionary<string, IActivityType>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (!types.TryAdd(activity.Descriptor.Type, activity))
            {
                throw new InvalidOperationException(
                    $"Two activity types are named '{activity.Descriptor.Type}': {types[activity.Descriptor.Type].GetType().FullName} and {activity.GetType().FullName}.");
            }
        }
    }

    /// <summary>
    /// The runtime's own types (the built-in ones and the ICN's, which its shipped definitions use)
    /// and those registered in the services (<paramref name="registered"/>: a module's or a
    /// plugin's, added with its module). Nothing is found by scanning what happens to be loaded.
    /// </summary>
    public static ActivityCatalog Of(IEnumerable<IActivityType> registered) =>
        new([.. new ActivityCatalog([typeof(ActivityCatalog).Assembly]).types.Values, .. registered]);

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => [.. types.Values.Select(t => t.Descriptor).OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal)];

    public ActivityDescriptor? Find(string type) => types.GetValueOrDefault(type)?.Descriptor;

    /// <summary>The activity type named <paramref name="type"/>; null when the catalog has none by that name.</summary>
    public IActivityType? Get(string type) => types.GetValueOrDefault(type);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partly)
        {
            // A plugin with a missing dependency still contributes the types that did load.
            return partly.Types.OfType<Type>();
        }
    }
}
