namespace Icn.Graph.Paging;

/// <summary>
/// A relationship that a list can join into its page query when the caller selects it, instead of
/// a separate batched query: the include, and how to hand what it fetched to the field's loader.
/// </summary>
/// <param name="Path">The selected field path under the list's nodes, e.g. "postedBy" or "postedBy.region".</param>
internal sealed record Preload<T>(string Path, Func<IQueryable<T>, IQueryable<T>> Include, Action<IServiceProvider, T> Prime);
