using GraphQL;
using GraphQL.Types;
using Icn.Domain.Workflows;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Workflows;

internal sealed class WorkflowDefinitionType : ObjectGraphType<StoredWorkflowDefinition>
{
    public WorkflowDefinitionType()
    {
        this.ImplementNode("WorkflowDefinition", d => d.Id);
        Description = "One version of a workflow definition: published (immutable) or the definition's draft. Admins only.";
        this.AuthorizeWithPolicy(AccessPolicies.Admin);
        Field(d => d.DefinitionId).Description("The definition's stable id, e.g. \"membership-application\".");
        Field(d => d.Version).Description("This version's number; instances run the version they started on.");
        Field(d => d.Name).Description("The definition's name.");
        Field(d => d.IsPublished).Description("True once published: then this version never changes. False for the draft.");
        Field(d => d.PublishedAt, nullable: true).Description("When this version was published; null for the draft.");
        Field<NonNullGraphType<StringGraphType>>("json")
            .Description("The definition document (activities, connections, variables), as the designer saves it and `saveWorkflowDraft` takes it.")
            .Resolve(context => context.Source.Json);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowDefinitionType>>>>("versions")
            .Description("Every version of this definition, oldest first, the draft last.")
            .Resolve(context => context.Loaders<WorkflowDefinitionDataLoaders>().VersionsOf.Load(context.Source.DefinitionId));
    }
}
