using System.Linq.Expressions;

namespace Icn.GraphQL.Filtering;

/// <summary>One field of an entity filter input: its GraphQL shape and how its value becomes a predicate.</summary>
public interface IFilterField
{
    string Name { get; }

    string Description { get; }

    /// <summary>The GraphQL input type of the field, e.g. StringFilter.</summary>
    Type GraphType { get; }

    /// <summary>A boolean expression over <paramref name="entity"/> for the field's input <paramref name="value"/>.</summary>
    Expression Build(Expression entity, object? value);
}
