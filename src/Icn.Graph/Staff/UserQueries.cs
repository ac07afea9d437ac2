using GraphQL;
using GraphQL.Types;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Staff;

internal sealed class UserQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<UserType, Domain.Staff.StaffUser>(
                "users",
                $"The staff accounts. Needs {AccessPolicies.Describe(AccessPolicies.Admin)}.",
                UserList.Definition,
                (db, _) => db.Users.AsNoTracking(),
                u => u.Id)
            .AuthorizeWithPolicy(AccessPolicies.Admin);
}
