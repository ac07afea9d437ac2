using GraphQL.Types;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Workflows;

/// <summary>Answering tasks: claiming a role's task, and completing a task, by whom it is for.</summary>
internal sealed class WorkflowTaskMutations(WorkflowRuntime runtime) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("claimTask", "Takes a task of a role you hold, so that it leaves the other holders' inboxes and only you can complete it.")
            .Input(input => input.Field<NonNullGraphType<IdGraphType>>("taskId").Description("The task to take."))
            .Returns<WorkflowTaskType>("task", "The task, now yours.")
            .Authorize(AccessPolicies.Staff)
            .Resolve(async (input, mutation) =>
            {
                if (input.Id("taskId", "WorkflowTask") is not { } taskId)
                {
                    return Payload.Failed(input.Errors);
                }

                var (task, refusal) = await runtime.ClaimTaskAsync(taskId, CallerOf(mutation.Viewer), mutation.CancellationToken);
                return input.Answer(task, refusal);
            });

        mutation.Mutation("completeTask", "Answers a task that is yours (or your role's, unclaimed) with one of its outcomes; its workflow goes on at once. A task is answered once: a second answer gets a ConflictError.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("taskId").Description("The task to answer.");
                input.Field<NonNullGraphType<StringGraphType>>("outcome").Description("One of the task's `outcomes`.");
                input.Field<StringGraphType>("comment").Description("A comment kept with the answer (at most 4000 characters).");
                input.Field<JsonGraphType>("data").Description("The form's answers, a JSON object keyed by the `formFields`' names.");
            })
            .Returns<WorkflowTaskType>("task", "The answered task.")
            .Authorize(AccessPolicies.Staff)
            .Resolve(async (input, mutation) =>
            {
                var taskId = input.Id("taskId", "WorkflowTask");
                var outcome = input.Text("outcome", 100);
                var comment = input.Text("comment", 4000, required: false);
                var data = input.JsonObject("data");
                if (!input.IsValid)
                {
                    return Payload.Failed(input.Errors);
                }

                var (task, refusal) = await runtime.CompleteTaskAsync(taskId!.Value, new TaskAnswer(outcome!, comment, data), CallerOf(mutation.Viewer), mutation.CancellationToken);
                return input.Answer(task, refusal);
            });
    }

    private static TaskCaller CallerOf(Viewer viewer) =>
        new(viewer.UserId ?? Guid.Empty, StaffRoles.All.Where(viewer.IsInRole).ToHashSet());
}
