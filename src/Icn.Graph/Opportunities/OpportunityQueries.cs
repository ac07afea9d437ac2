using GraphQL.Types;
using Icn.Domain.Opportunities;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Opportunities;

internal sealed class OpportunityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<OpportunityType, Opportunity>(
            "opportunities",
            "Business opportunities the clusters share with the network.",
            OpportunityList.Definition,
            (db, viewer) => db.Opportunities.AsNoTracking().VisibleTo(viewer));
}
