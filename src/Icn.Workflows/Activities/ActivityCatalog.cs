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
    {
        types = new Dictionary<string, IActivityType>(StringComparer.Ordinal);
        foreach (var type in candidates.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActivityType).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null))
        {
            var activity = (IActivityType)Activator.CreateInstance(type)!;
            if (!types.TryAdd(activity.Descriptor.Type, activity))
            {
                throw new InvalidOperationException(
                    $"Two activity types are named '{activity.Descriptor.Type}': {types[activity.Descriptor.Type].GetType().FullName} and {type.FullName}.");
            }
        }
    }

    /// <summary>The built-in types and those of every assembly loaded now (plugins included).</summary>
    public static ActivityCatalog FromLoadedAssemblies() =>
        new([typeof(ActivityCatalog).Assembly, .. AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic)]);

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => [.. types.Values.Select(t => t.Descriptor).OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal)];

    public ActivityDescriptor? Find(string type) => types.GetValueOrDefault(type)?.Descriptor;

    /// <summary>The activity type named <paramref name="type"/>; null when no loaded assembly has it.</summary>
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
