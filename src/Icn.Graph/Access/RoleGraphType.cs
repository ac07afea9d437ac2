using GraphQL.Types;
using Icn.Domain.Staff;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

internal sealed class RoleGraphType : EnumerationGraphType
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "What a staff account may do in the network.";
        Add(StaffRoles.Admin, StaffRoles.Admin, "Manages people, website keys, plugins and workflow definitions.");
        Add(StaffRoles.Secretariat, StaffRoles.Secretariat, "The ICN Secretariat: reviews applications, runs events, follows obligations and fees.");
        Add(StaffRoles.Board, StaffRoles.Board, "A member of the ICN Board: decides on applications.");
        Add(StaffRoles.ClusterEditor, StaffRoles.ClusterEditor, "Edits one cluster's own data.");
    }
}
