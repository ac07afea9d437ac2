using GraphQL;

namespace Icn.Graph.Http;

/// <summary>A GraphQL request as read off HTTP, before anything is parsed as GraphQL.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions, bool IsGet);
