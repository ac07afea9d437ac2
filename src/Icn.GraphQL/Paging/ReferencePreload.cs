namespace Icn.GraphQL.Paging;

/// <summary>
/// A to-one relationship (an order's customer, a customer's country) that a list's page query reads
/// in the same SQL command when the caller selects it. The row's navigation property then carries the
/// related entity, with the columns the selection below it needs; its field resolves from it without a loader.
/// </summary>
/// <param name="Field">The field under the parent's node, e.g. "postedBy".</param>
/// <param name="Navigation">The parent entity's navigation property, e.g. "PostedBy".</param>
/// <param name="OptionalColumns">The related entity's columns that only some of its fields read.</param>
/// <param name="Nested">The related entity's own to-one relationships, read when selected too.</param>
public sealed record ReferencePreload(string Field, string Navigation, IReadOnlyList<OptionalColumn> OptionalColumns, IReadOnlyList<ReferencePreload> Nested);
