using GraphQL.Types;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Workflows;

/// <summary>Starting, signalling, retrying and cancelling workflow instances.</summary>
internal sealed class WorkflowInstanceMutations(WorkflowRuntime runtime) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("startWorkflow", "Starts the latest published version of a definition; it runs until it waits or ends before this answers.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("definitionId").Description("The definition to start, e.g. \"member-obligations\".");
                input.Field<JsonGraphType>("input").Description("What the workflow starts with, a JSON object its expressions read as `input`.");
                input.Field<IdGraphType>("subjectId").Description("The global id of the Node the workflow is about, if any.");
            })
            .Returns<WorkflowInstanceType>("instance", "The instance, as its first burst left it (running, finished, or faulted with an incident).")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                var start = input.JsonObject("input");
                if (!input.IsValid)
                {
                    return Payload.Failed(input.Errors);
                }

                var (instance, refusal) = await runtime.StartAsync(
                    mutation.Db, input.Required<string>("definitionId"), start, input.Text("subjectId", 200, required: false), mutation.Viewer.UserId, mutation.CancellationToken);
                return input.Answer(instance, refusal);
            });

        mutation.Mutation("signalWorkflow", "Sends a named signal: every instance waiting for it with this correlation key goes on.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("signal").Description("The signal's name, as the WaitForSignal activity names it.");
                input.Field<NonNullGraphType<StringGraphType>>("correlation").Description("The key that picks the instances, e.g. an application's id.");
                input.Field<JsonGraphType>("payload").Description("Data for the waiting activity, a JSON object.");
            })
            .ReturnsExtra<NonNullGraphType<IntGraphType>>("woken", "How many instances the signal woke (0 when none was waiting for it).")
            .Authorize(AccessPolicies.Secretariat)
            .Resolve(async (input, mutation) =>
            {
                var signal = input.Text("signal", 200);
                var correlation = input.Text("correlation", 200);
                var payload = input.JsonObject("payload");
                if (!input.IsValid)
                {
                    return Payload.Failed(input.Errors);
                }

                var woken = await runtime.SignalAsync(signal!, correlation!, payload, mutation.Viewer.UserId, mutation.CancellationToken);
                return Payload.Of(null, new Dictionary<string, object?> { ["woken"] = woken });
            });

        mutation.Mutation("retryWorkflowInstance", "Runs a faulted instance's failed step again from its stored state.")
            .Input(input => input.Field<NonNullGraphType<IdGraphType>>("id").Description("The faulted instance."))
            .Returns<WorkflowInstanceType>("instance", "The instance after the retry: running or finished, or faulted again with a new incident.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                if (input.Id("id", "WorkflowInstance") is not { } id)
                {
                    return Payload.Failed(input.Errors);
                }

                var (instance, refusal) = await runtime.RetryAsync(id, mutation.Viewer.UserId, mutation.CancellationToken);
                return input.Answer(instance, refusal);
            });

        mutation.Mutation("cancelWorkflowInstance", "Stops a running or faulted instance: its timers and signals are dropped and its open tasks leave the inboxes.")
            .Input(input => input.Field<NonNullGraphType<IdGraphType>>("id").Description("The instance to stop."))
            .Returns<WorkflowInstanceType>("instance", "The cancelled instance.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                if (input.Id("id", "WorkflowInstance") is not { } id)
                {
                    return Payload.Failed(input.Errors);
                }

                var (instance, refusal) = await runtime.CancelAsync(id, mutation.Viewer.UserId, mutation.CancellationToken);
                return input.Answer(instance, refusal);
            });
    }
}
