namespace Icn.GraphQL.Schema;

/// <summary>Root query fields of one part of a schema (an area, the node fields).</summary>
public interface IQueryFields : IRootFields;
