using GraphQL;
using GraphQL.Types;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Staff;

/// <summary>A staff account as admins manage it. The type itself needs ADMIN, wherever it appears.</summary>
internal sealed class UserType : ObjectGraphType<StaffUser>
{
    public UserType()
    {
        this.ImplementNode("User", u => u.Id);
        Description = "A staff account: an admin, someone of the Secretariat or the Board, or a cluster's editor. Readable with the ADMIN role only.";
        this.AuthorizeWithPolicy(AccessPolicies.Admin);
        Field<NonNullGraphType<StringGraphType>>("email").Description("The account's e-mail address, with which it signs in.").Resolve(context => context.Source.Email);
        Field(u => u.DisplayName, nullable: true).Description("The name shown for the account.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .Description("The account's roles.")
            .Resolve(context => context.Loaders<UserDataLoaders>().RolesOf.Load(context.Source.Id));
        Field<ClusterType>("cluster")
            .Description("The cluster a CLUSTER_EDITOR works for; null for network-wide roles.")
            .Resolve(context => context.Source.ClusterId is { } cluster
                ? context.Loaders<ClusterDataLoaders>().ById.Load(cluster)
                : null);
        Field(u => u.IsActive).Description("False once an admin has deactivated the account.");
        Field<NonNullGraphType<UserStatusGraphType>>("status")
            .Description("Invited (no password yet), active, or deactivated.")
            .Resolve(context => UserStatuses.Of(context.Source));
        Field<InstantGraphType>("lockedOutUntil")
            .Description("Until when sign-in is refused after repeated wrong passwords; null when it is not locked.")
            .Resolve(context => context.Source.LockoutEnd is { } end && end > context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow() ? end.UtcDateTime : (DateTime?)null);
    }
}
