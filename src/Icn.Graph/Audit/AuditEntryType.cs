using GraphQL;
using GraphQL.Types;
using Icn.Domain.Audit;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Staff;

namespace Icn.Graph.Audit;

/// <summary>One change in the audit log. The type needs the Secretariat policy wherever it appears.</summary>
internal sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType(IEnumerable<INodeSource> nodeSources)
    {
        // Rows of node types are named by the global id the API gives them elsewhere.
        var nodeTypes = nodeSources.Select(s => s.TypeName).ToHashSet(StringComparer.Ordinal);
        this.ImplementNode("AuditEntry", e => e.Id);
        Description = "One change to the network's data: who made it, with which operation, to which row, and the row before and after. Readable with the SECRETARIAT or ADMIN role.";
        this.AuthorizeWithPolicy(AccessPolicies.Secretariat);
        Field<NonNullGraphType<InstantGraphType>>("at").Description("When the change was made.").Resolve(context => context.Source.At);
        Field<UserType>("actor")
            .Description("The staff account that made the change; null for website keys, applicants and the system. The User type needs the ADMIN role; `actorName` is readable by the Secretariat too.")
            .Resolve(context => context.Source.ActorId is { } actor
                ? context.Loaders<UserDataLoaders>().ById.Load(actor)
                : null);
        Field(e => e.ActorName).Description("How the actor was named when the change was made: an e-mail address, \"api-key:<name>\" or \"system\".");
        Field(e => e.Action).Description("The operation that made the change, e.g. \"updateOpportunity\".");
        Field(e => e.EntityType).Description("The changed row's type as the API names it (\"Opportunity\", \"User\"), or a link table's name (\"opportunity_sectors\").");
        Field<NonNullGraphType<IdGraphType>>("entityId")
            .Description("The changed row: its global id when its type is a Node (usable with `node(id:)`), else its raw key; a link row is named by the row that owns the link.")
            .Resolve(context => nodeTypes.Contains(context.Source.EntityType)
                ? GlobalId.Encode(context.Source.EntityType, context.Source.EntityId)
                : context.Source.EntityId.ToString());
        Field(e => e.Before, nullable: true).Description("The row's stored values before the change, as a JSON object (secrets left out); null when the row was created.");
        Field(e => e.After, nullable: true).Description("The row's stored values after the change, as a JSON object (secrets left out); null when the row was deleted.");
    }
}
