using System.Security.Claims;
using GraphQL.Types;
using Icn.Domain.Staff;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

internal sealed class ViewerType : ObjectGraphType<StaffUser>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The signed-in staff account making the request.";
        Field<NonNullGraphType<StringGraphType>>("email").Description("The account's e-mail address.").Resolve(context => context.Source.Email);
        Field(u => u.DisplayName, nullable: true).Description("The name shown for the account.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .Description("The account's roles, as its token carries them.")
            .Resolve(context => context.User!.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(StaffRoles.All.Contains).ToList());
        Field<ClusterType>("cluster")
            .Description("The cluster a CLUSTER_EDITOR works for; null for network-wide roles.")
            .Resolve(context => context.Source.ClusterId is { } cluster
                ? context.Loaders<ClusterDataLoaders>().ById.Load(cluster)
                : null);
    }
}
