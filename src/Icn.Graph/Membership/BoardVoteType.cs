using GraphQL.Types;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Workflows;

namespace Icn.Graph.Membership;

/// <summary>One Board member's vote on an application: read from their decision task, not stored twice.</summary>
internal sealed class BoardVoteType : ObjectGraphType<BoardVote>
{
    public BoardVoteType()
    {
        Name = "BoardVote";
        Description = "A Board member's decision on an application: one per member each time the application is presented to the Board.";
        Field<StringGraphType>("boardMemberName").Description("The Board member, by name (or e-mail when they have no name).").Resolve(context => context.Source.BoardMemberName);
        Field<StringGraphType>("decision").Description("approve, reject, defer or abstain (the outcomes of the workflow's vote); null while they have not decided.").Resolve(context => context.Source.Task.Outcome);
        Field<StringGraphType>("comment").Description("What they said with their decision.").Resolve(context => context.Source.Task.Comment);
        Field<NonNullGraphType<WorkflowTaskStatusGraphType>>("status").Description("OPEN while they may still decide; CANCELLED when the Board decided without them, the vote's deadline passed, or their Board role ended before they decided (their vote withdrawn).").Resolve(context => context.Source.Task.Status);
        Field<NonNullGraphType<InstantGraphType>>("openedAt").Description("When the vote was opened; votes opened together are one presentation to the Board.").Resolve(context => context.Source.Task.CreatedAt);
        Field<InstantGraphType>("dueAt").Description("The vote's deadline.").Resolve(context => context.Source.Task.DueAt);
        Field<InstantGraphType>("decidedAt").Description("When they decided.").Resolve(context => context.Source.Task.Status == WorkflowTaskStatus.Completed ? context.Source.Task.CompletedAt : null);
    }
}
