using GraphQL.Types;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Icn.Workflows.Definitions;

namespace Icn.Graph.Workflows;

/// <summary>
/// Editing workflow definitions (the designer's saves): drafts saved freely, published after
/// validation as immutable versions, earlier versions reverted into the draft.
/// </summary>
internal sealed class WorkflowDefinitionMutations(DefinitionValidator validator) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("saveWorkflowDraft", "Saves a definition document as its definition's draft (a new definition starts at version 1); a draft may be incomplete.")
            .Input(input => input.Field<NonNullGraphType<StringGraphType>>("json").Description("The definition document, as `WorkflowDefinition.json` shows it; its `definitionId` names the definition."))
            .Returns<WorkflowDefinitionType>("definition", "The draft as saved.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                var (draft, problem) = await DefinitionVersions.SaveDraftAsync(mutation.Db, input.Required<string>("json"), mutation.CancellationToken);
                if (problem is not null)
                {
                    input.Invalid("json", $"{problem.Path}: {problem.Message}");
                }

                return await mutation.SaveAsync(draft);
            });

        mutation.Mutation("publishWorkflow", "Validates a definition's draft and publishes it as an immutable version; new instances start on it, running ones keep theirs.")
            .Input(input => input.Field<NonNullGraphType<StringGraphType>>("definitionId").Description("The definition whose draft to publish."))
            .Returns<WorkflowDefinitionType>("definition", "The published version.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                var (published, problems) = await DefinitionVersions.PublishAsync(
                    mutation.Db, input.Required<string>("definitionId"), validator, mutation.Viewer.UserId, mutation.Now, mutation.CancellationToken);
                foreach (var problem in problems)
                {
                    input.Invalid("definitionId", $"{problem.Path}: {problem.Message}");
                }

                return await mutation.SaveAsync(published);
            });

        mutation.Mutation("revertWorkflow", "Makes a definition's draft a copy of an earlier published version, to publish it again as the newest.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("definitionId").Description("The definition.");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The published version to copy.");
            })
            .Returns<WorkflowDefinitionType>("definition", "The draft as it now is.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                var (draft, problem) = await DefinitionVersions.RevertAsync(
                    mutation.Db, input.Required<string>("definitionId"), input.Required<int>("version"), mutation.CancellationToken);
                if (problem is not null)
                {
                    input.Add(new NotFoundUserError(problem.Message, input.PathOf("version")));
                }

                return await mutation.SaveAsync(draft);
            });
    }
}
