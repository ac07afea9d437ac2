using System.Collections.Concurrent;
using System.Reflection;
using GraphQL.Types;
using Icn.Graph.Content;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// Makes the GraphQL input type of an input record: one field per property, typed from the
/// property (or its [GraphType]), non-null unless the property may be null or left out. Records
/// used inside another input are made once per schema, since a schema holds one type per name.
/// </summary>
internal sealed class InputGraphTypes
{
    private static readonly ConcurrentDictionary<Type, Type?> EnumGraphTypes = new();

    private readonly Dictionary<Type, InputObjectGraphType> nested = [];

    /// <summary>The input type of <paramref name="recordType"/> under <paramref name="name"/>.</summary>
    public InputObjectGraphType Make(Type recordType, string name, string description)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        foreach (var field in InputShape.Of(recordType).Fields)
        {
            type.AddField(new FieldType { Name = field.Name, Description = field.Description, ResolvedType = GraphTypeOf(field, recordType) });
        }

        return type;
    }

    private IGraphType GraphTypeOf(InputField field, Type recordType)
    {
        IGraphType item = field.GraphType is { } declared
            ? (IGraphType)Activator.CreateInstance(declared)!
            : ItemGraphType(field, recordType);
        if (field.ElementType is not null)
        {
            item = new ListGraphType(new NonNullGraphType(item));
        }

        return field.IsOptional || field.AcceptsNull ? item : new NonNullGraphType(item);
    }

    private IGraphType ItemGraphType(InputField field, Type recordType)
    {
        var type = field.ItemType;
        return type switch
        {
            _ when field.Id is not null => new IdGraphType(),
            _ when field.Markdown is not null => new MarkdownGraphType(),
            _ when field.IsJson => new JsonGraphType(),
            _ when type == typeof(string) => new StringGraphType(),
            _ when type == typeof(int) => new IntGraphType(),
            _ when type == typeof(bool) => new BooleanGraphType(),
            _ when type == typeof(DateOnly) => new CalendarDateGraphType(),
            _ when type == typeof(DateTime) => new InstantGraphType(),
            _ when type.IsEnum => (IGraphType)Activator.CreateInstance(EnumGraphTypeOf(type, recordType))!,
            _ when InputShape.IsRecord(type) => Nested(type),
            _ => throw new InvalidOperationException($"{recordType.Name}.{field.Property.Name}: no GraphQL type for {type.Name}; give it a [GraphType]."),
        };
    }

    private InputObjectGraphType Nested(Type recordType)
    {
        if (!nested.TryGetValue(recordType, out var type))
        {
            var shape = InputShape.Of(recordType);
            type = Make(recordType, shape.Name!, shape.Description!);
            nested[recordType] = type;
        }

        return type;
    }

    /// <summary>The enum's graph type (the one with its descriptions), found beside the record that uses it.</summary>
    private static Type EnumGraphTypeOf(Type enumType, Type recordType) =>
        EnumGraphTypes.GetOrAdd(enumType, e => recordType.Assembly.GetTypes()
            .FirstOrDefault(t => !t.IsAbstract && typeof(EnumerationGraphType<>).MakeGenericType(e).IsAssignableFrom(t)))
        ?? throw new InvalidOperationException($"{recordType.Name}: no graph type declares the enum {enumType.Name}.");
}
