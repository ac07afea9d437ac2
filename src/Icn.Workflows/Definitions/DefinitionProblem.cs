namespace Icn.Workflows.Definitions;

/// <summary>Why a definition cannot be published: where (a JSON path such as <c>$.activities[3].inputs.title</c>) and what.</summary>
public sealed record DefinitionProblem(string Path, string Message);
