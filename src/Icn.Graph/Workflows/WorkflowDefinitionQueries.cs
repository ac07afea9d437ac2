using GraphQL;
using GraphQL.Types;
using Icn.Domain.Workflows;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Icn.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Workflows;

internal sealed class WorkflowDefinitionQueries(ActivityCatalog catalog) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<WorkflowDefinitionType, StoredWorkflowDefinition>(
                "workflowDefinitions",
                $"The workflow definitions, each as its newest version (the draft when there is one); `versions` has the others. Needs {AccessPolicies.Describe(AccessPolicies.Admin)}.",
                WorkflowDefinitionList.Definition,
                (db, _) => db.WorkflowDefinitions.AsNoTracking()
                    .Where(d => !db.WorkflowDefinitions.Any(newer => newer.DefinitionId == d.DefinitionId && newer.Version > d.Version)),
                d => d.Id)
            .AuthorizeWithPolicy(AccessPolicies.Admin);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityDescriptorType>>>>("activityTypes")
            .Description($"The activity types a definition may use, built-in and from plugins, as the designer's palette shows them. Needs {AccessPolicies.Describe(AccessPolicies.Admin)}.")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .Resolve(_ => catalog.Descriptors);
    }
}
