using Icn.Domain.Workflows;

namespace Icn.Graph.Membership;

/// <summary>A Board member's decision task about an application, with the member's name as the Board reads it.</summary>
internal sealed record BoardVote(WorkflowTask Task, string? BoardMemberName);
