using GraphQL;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.GraphQL.Errors;

namespace Icn.Graph.Obligations;

/// <summary>
/// Whose obligations a caller reads. The field admits staff only (checked before execution); here
/// the network's staff read any cluster's or, without a cluster, every member's; an editor reads
/// their own cluster's only, and naming another cluster is FORBIDDEN, as an editor asking for
/// another cluster's contact is.
/// </summary>
internal static class ObligationAccess
{
    /// <summary>The cluster to read (null: every member cluster), or a FORBIDDEN error.</summary>
    public static Guid? ClusterToRead(Viewer viewer, Guid? asked)
    {
        if (viewer.SeesRestrictedData)
        {
            return asked;
        }

        if (viewer.IsInRole(StaffRoles.ClusterEditor) && viewer.ClusterId is { } own && (asked is null || asked == own))
        {
            return own;
        }

        throw new ExecutionError("An editor reads only their own cluster's obligations.") { Code = ErrorCodes.Forbidden };
    }
}
