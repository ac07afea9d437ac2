using GraphQL;
using GraphQL.Types;
using Icn.Domain.Access;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Access;

internal sealed class ApiKeyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<ApiKeyType, ApiKey>(
                "apiKeys",
                $"The member websites' keys, revoked ones included, with their last use. Needs {AccessPolicies.Describe(AccessPolicies.Admin)}.",
                ApiKeyList.Definition,
                (db, _) => db.ApiKeys.AsNoTracking(),
                k => k.Id)
            .AuthorizeWithPolicy(AccessPolicies.Admin);
}
