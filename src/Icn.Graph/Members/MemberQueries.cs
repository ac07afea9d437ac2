using GraphQL.Types;
using Icn.Domain.Members;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Members;

internal sealed class MemberQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<MemberType, Member>(
            "members",
            "The organisations that belong to the network's clusters.",
            MemberList.Definition,
            (db, viewer) => db.Members.AsNoTracking().VisibleTo(viewer));
}
