using GraphQL.Types;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
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
        mutation.Mutation<SaveWorkflowDraftInput>("saveWorkflowDraft", "Saves a definition document as its definition's draft (a new definition starts at version 1); a draft may be incomplete.")
            .Returns<WorkflowDefinitionType>("definition", "The draft as saved.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                var (draft, problem) = await DefinitionVersions.SaveDraftAsync(mutation.Db, input.Json, mutation.CancellationToken);
                if (problem is not null)
                {
                    mutation.Invalid(nameof(input.Json), $"{problem.Path}: {problem.Message}");
                }

                return await mutation.SaveAsync(draft);
            });

        mutation.Mutation<PublishWorkflowInput>("publishWorkflow", "Validates a definition's draft and publishes it as an immutable version; new instances start on it, running ones keep theirs.")
            .Returns<WorkflowDefinitionType>("definition", "The published version.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                var (published, problems) = await DefinitionVersions.PublishAsync(
                    mutation.Db, input.DefinitionId, validator, mutation.Viewer.UserId, mutation.Now, mutation.CancellationToken);
                foreach (var problem in problems)
                {
                    mutation.Invalid(nameof(input.DefinitionId), $"{problem.Path}: {problem.Message}");
                }

                return await mutation.SaveAsync(published);
            });

        mutation.Mutation<RevertWorkflowInput>("revertWorkflow", "Makes a definition's draft a copy of an earlier published version, to publish it again as the newest.")
            .Returns<WorkflowDefinitionType>("definition", "The draft as it now is.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(async (input, mutation) =>
            {
                var (draft, problem) = await DefinitionVersions.RevertAsync(mutation.Db, input.DefinitionId, input.Version, mutation.CancellationToken);
                if (problem is not null)
                {
                    mutation.Reject(new NotFoundUserError(problem.Message, mutation.PathOf(nameof(input.Version))));
                }

                return await mutation.SaveAsync(draft);
            });
    }
}
