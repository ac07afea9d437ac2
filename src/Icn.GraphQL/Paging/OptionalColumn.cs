namespace Icn.GraphQL.Paging;

/// <summary>
/// A column, or an owned part (several columns), that only some fields read: a list's page query
/// fetches it only when one of <paramref name="Fields"/> is selected, so a listing of titles carries
/// neither every body nor every contact, timestamp and version it does not show. A member that no
/// field reads is declared with no fields. Sort keys are never optional: cursors read them.
/// </summary>
/// <param name="Member">The entity's property (or owned navigation) that holds the column.</param>
/// <param name="Fields">The fields of the node type that read it.</param>
public sealed record OptionalColumn(string Member, params string[] Fields);
