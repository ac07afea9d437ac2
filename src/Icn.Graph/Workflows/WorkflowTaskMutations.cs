using GraphQL.Types;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Workflows;

/// <summary>
/// Answering tasks: claiming a role's task, and completing a task, by whom it is for. The runtime
/// is asked only with valid input, since an answered task moves its workflow on at once.
/// </summary>
internal sealed class WorkflowTaskMutations(WorkflowRuntime runtime) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ClaimTaskInput>("claimTask", "Takes a task of a role you hold, so that it leaves the other holders' inboxes and only you can complete it.")
            .Returns<WorkflowTaskType>("task", "The task, now yours.")
            .Authorize(AccessPolicies.Staff)
            .Resolve((input, mutation) => mutation.WhenValidAsync(async () =>
            {
                var (task, refusal) = await runtime.ClaimTaskAsync(input.TaskId, CallerOf(mutation.Viewer), mutation.CancellationToken);
                return mutation.Answer(task, refusal);
            }));

        mutation.Mutation<CompleteTaskInput>("completeTask", "Answers a task that is yours (or your role's, unclaimed) with one of its outcomes; its workflow goes on at once. A task is answered once: a second answer gets a ConflictError.")
            .Returns<WorkflowTaskType>("task", "The answered task.")
            .Authorize(AccessPolicies.Staff)
            .Resolve((input, mutation) => mutation.WhenValidAsync(async () =>
            {
                var (task, refusal) = await runtime.CompleteTaskAsync(input.TaskId, input.ToAnswer(), CallerOf(mutation.Viewer), mutation.CancellationToken);
                return mutation.Answer(task, refusal);
            }));
    }

    private static TaskCaller CallerOf(Viewer viewer) =>
        new(viewer.UserId ?? Guid.Empty, StaffRoles.All.Where(viewer.IsInRole).ToHashSet());
}
