using GraphQL.Types;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Workflows;

/// <summary>
/// Starting, signalling, retrying and cancelling workflow instances. Each goes to the runtime only
/// with valid input: what the runtime does (a burst, a woken instance) cannot be taken back.
/// </summary>
internal sealed class WorkflowInstanceMutations(WorkflowRuntime runtime) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<StartWorkflowInput>("startWorkflow", "Starts the latest published version of a definition; it runs until it waits or ends before this answers.")
            .Returns<WorkflowInstanceType>("instance", "The instance, as its first burst left it (running, finished, or faulted with an incident).")
            .Authorize(AccessPolicies.Admin)
            .Resolve((input, mutation) => mutation.WhenValidAsync(async () =>
            {
                var (instance, refusal) = await runtime.StartAsync(
                    mutation.Db, input.DefinitionId, input.Input, input.SubjectId, mutation.Viewer.UserId, mutation.CancellationToken);
                return mutation.Answer(instance, refusal);
            }));

        mutation.Mutation<SignalWorkflowInput>("signalWorkflow", "Sends a named signal: every instance waiting for it with this correlation key goes on.")
            .ReturnsExtra<NonNullGraphType<IntGraphType>>("woken", "How many instances the signal woke (0 when none was waiting for it).")
            .Authorize(AccessPolicies.Secretariat)
            .Resolve((input, mutation) => mutation.WhenValidAsync(async () =>
            {
                var woken = await runtime.SignalAsync(input.Signal, input.Correlation, input.Payload, mutation.Viewer.UserId, mutation.CancellationToken);
                return Payload.Of(null, new Dictionary<string, object?> { ["woken"] = woken });
            }));

        mutation.Mutation<RetryWorkflowInstanceInput>("retryWorkflowInstance", "Runs a faulted instance's failed step again from its stored state.")
            .Returns<WorkflowInstanceType>("instance", "The instance after the retry: running or finished, or faulted again with a new incident.")
            .Authorize(AccessPolicies.Admin)
            .Resolve((input, mutation) => mutation.WhenValidAsync(async () =>
            {
                var (instance, refusal) = await runtime.RetryAsync(input.Id, mutation.Viewer.UserId, mutation.CancellationToken);
                return mutation.Answer(instance, refusal);
            }));

        mutation.Mutation<CancelWorkflowInstanceInput>("cancelWorkflowInstance", "Stops a running or faulted instance: its timers and signals are dropped and its open tasks leave the inboxes.")
            .Returns<WorkflowInstanceType>("instance", "The cancelled instance.")
            .Authorize(AccessPolicies.Admin)
            .Resolve((input, mutation) => mutation.WhenValidAsync(async () =>
            {
                var (instance, refusal) = await runtime.CancelAsync(input.Id, mutation.Viewer.UserId, mutation.CancellationToken);
                return mutation.Answer(instance, refusal);
            }));
    }
}
