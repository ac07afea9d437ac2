using GraphQL;
using GraphQL.Types;
using Icn.Domain.Audit;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Audit;

internal sealed class AuditLogQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<AuditEntryType, AuditEntry>(
                "auditLog",
                $"Every change made through the API, newest first. Needs {AccessPolicies.Describe(AccessPolicies.Secretariat)}.",
                AuditLogList.Definition,
                (db, viewer) => db.AuditEntries.AsNoTracking().VisibleTo(viewer),
                e => e.Id)
            .AuthorizeWithPolicy(AccessPolicies.Secretariat);
}
