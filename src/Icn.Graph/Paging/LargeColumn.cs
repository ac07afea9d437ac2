namespace Icn.Graph.Paging;

/// <summary>
/// A column that only some fields read, such as a Markdown body: a list's page query fetches it only
/// when one of <paramref name="Fields"/> is selected, so a listing of titles does not carry every body.
/// </summary>
/// <param name="Member">The entity's property that holds the column.</param>
/// <param name="Fields">The fields of the node type that read it.</param>
internal sealed record LargeColumn(string Member, params string[] Fields);
