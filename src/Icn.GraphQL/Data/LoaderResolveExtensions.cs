using GraphQL;

namespace Icn.GraphQL.Data;

public static class LoaderResolveExtensions
{
    /// <summary>The request's <typeparamref name="T"/> loader holder, without a lookup in the service scope.</summary>
    public static T Loaders<T>(this IResolveFieldContext context)
        where T : class =>
        RequestLoaders.Of(context).Get<T>();
}
