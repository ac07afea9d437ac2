using System.Linq.Expressions;

namespace Icn.GraphQL.Filtering;

/// <summary>
/// An entity's filter, declared once: the input type GraphQL shows (<c>where: XFilter</c>) and the
/// SQL it becomes are both built from it, so the two cannot disagree. Fields of one input are
/// combined with AND; <c>and</c>/<c>or</c> combine whole filters.
/// </summary>
public sealed class FilterDefinition<T>(string typeName, string description)
{
    private readonly List<IFilterField> fields = [];

    public string TypeName => typeName;

    public string Description => description;

    public IReadOnlyList<IFilterField> Fields => fields;

    public FilterDefinition<T> Add(IFilterField field)
    {
        fields.Add(field);
        return this;
    }

    /// <summary>The predicate of a parsed <c>where</c> value, or null when it asks for nothing.</summary>
    public Expression<Func<T, bool>>? ToPredicate(IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }

        var entity = Expression.Parameter(typeof(T), "row");
        var body = Build(entity, where);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, entity);
    }

    /// <summary>The condition of one filter input over <paramref name="entity"/> (which may be a navigation).</summary>
    public Expression? Build(Expression entity, IDictionary<string, object?> where)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in where)
        {
            switch (name)
            {
                case "and":
                    parts.AddRange(Each(entity, value));
                    break;
                case "or":
                    var alternatives = Each(entity, value).ToList();
                    if (alternatives.Count > 0)
                    {
                        parts.Add(Conditions.AnyOf(alternatives));
                    }

                    break;
                default:
                    if (value is not null)
                    {
                        parts.Add(fields.Single(f => f.Name == name).Build(entity, value));
                    }

                    break;
            }
        }

        return parts.Count == 0 ? null : Conditions.AllOf(parts);
    }

    private IEnumerable<Expression> Each(Expression entity, object? list) =>
        (list as IEnumerable<object?> ?? [])
            .OfType<IDictionary<string, object?>>()
            .Select(item => Build(entity, item) ?? Expression.Constant(true));
}
