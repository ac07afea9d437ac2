using System.Linq.Expressions;
using Icn.Domain.Common;

namespace Icn.Graph.Engine.Paging;

/// <summary>
/// An entity's id as the last sort key of its lists and the key its cursors carry: the engine's
/// keyset paging takes any unique key, and for the network's entities it is the id. One lambda per
/// entity type, since the engine keys its caches by the lambda.
/// </summary>
internal static class EntityKey<T>
    where T : Entity
{
    public static readonly Expression<Func<T, Guid>> Id = row => row.Id;

    public static readonly Func<T, Guid> IdOf = row => row.Id;
}
