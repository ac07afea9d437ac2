using GraphQL;

namespace Icn.GraphQL.Http;

/// <summary>
/// A GraphQL request as read off HTTP, before anything is parsed as GraphQL: either a document's
/// text (<see cref="Query"/>) or a trusted document's id (<see cref="DocumentId"/>, "sha256:..."), never both.
/// </summary>
public sealed record GraphQLHttpRequest(string? Query, string? DocumentId, string? OperationName, Inputs? Variables, Inputs? Extensions, bool IsGet);
