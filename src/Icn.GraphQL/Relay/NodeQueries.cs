using GraphQL;
using GraphQL.Types;
using Icn.GraphQL.Errors;
using Icn.GraphQL.Schema;

namespace Icn.GraphQL.Relay;

/// <summary>
/// <c>node(id)</c> and <c>nodes(ids)</c>. An id that does not exist and one the caller may not see
/// get the same answer, null, so existence does not leak; a malformed id is a BAD_USER_INPUT error.
/// </summary>
public sealed class NodeQueries(IEnumerable<INodeSource> sources) : IQueryFields
{
    public const int MaxIds = 100;

    private readonly Dictionary<string, INodeSource> sourcesByType = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id; null when it does not exist or is not visible to the caller.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, as returned in an `id` field.")
            .ResolveAsync(async context =>
            {
                var id = Decode(context.GetArgument<string>("id"), "id");
                var found = await LoadAsync([id], context);
                return found.GetValueOrDefault(id);
            });

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by global id, in the order asked, null where one does not exist or is not visible. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, as returned in `id` fields.")
            .ResolveAsync(async context =>
            {
                var raw = context.GetArgument<List<string>>("ids");
                if (raw.Count > MaxIds)
                {
                    throw new UserInputError($"At most {MaxIds} ids may be asked for at once; {raw.Count} were given.");
                }

                var ids = raw.Select((value, index) => Decode(value, $"ids[{index}]")).ToList();
                var found = await LoadAsync(ids, context);
                return ids.Select(id => found.GetValueOrDefault(id)).ToList();
            });
    }

    private GlobalId Decode(string value, string argument) =>
        GlobalId.TryDecode(value, out var id) && sourcesByType.ContainsKey(id.TypeName)
            ? id
            : throw new UserInputError($"Argument '{argument}' is not a valid global id of this API: \"{Truncate(value)}\".");

    private async Task<Dictionary<GlobalId, object>> LoadAsync(IReadOnlyCollection<GlobalId> ids, IResolveFieldContext context)
    {
        var found = new Dictionary<GlobalId, object>();
        foreach (var group in ids.GroupBy(id => id.TypeName))
        {
            var rows = await sourcesByType[group.Key].LoadAsync(group.Select(id => id.Key).Distinct().ToArray(), context.RequestServices!, context.CancellationToken);
            foreach (var (key, row) in rows)
            {
                found[new GlobalId(group.Key, key)] = row;
            }
        }

        return found;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
