using Icn.Domain.Audit;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

namespace Icn.Graph.Audit;

/// <summary>
/// Which audit entries a reader sees: admins all of them; the Secretariat every change except those
/// to accounts and website keys, whose rows only admins may read anywhere else.
/// </summary>
internal static class AuditLogVisibility
{
    private static readonly string[] AdminOnlyTypes = ["User", "UserRole", "ApiKey"];

    public static IQueryable<AuditEntry> VisibleTo(this IQueryable<AuditEntry> entries, Viewer viewer) =>
        viewer.IsInRole(StaffRoles.Admin) ? entries
        : viewer.IsInRole(StaffRoles.Secretariat) ? entries.Where(e => !AdminOnlyTypes.Contains(e.EntityType))
        : entries.Where(_ => false);
}
