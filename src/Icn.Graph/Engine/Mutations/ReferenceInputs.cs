using Icn.Domain.Regions;
using Icn.Domain.Sectors;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Engine.Mutations;

/// <summary>Input fields that name reference data (sectors, regions) by id, loaded for linking.</summary>
internal static class ReferenceInputs
{
    public const int MaxSectors = 10;
    public const int MaxRegions = 20;

    /// <summary>The sectors whose keys an input record's property holds; null when none were given or one names no sector (with the error added).</summary>
    public static async Task<List<Sector>?> SectorsAsync(this MutationContext mutation, IReadOnlyList<Guid>? keys, string property)
    {
        if (keys is null)
        {
            return null;
        }

        var sectors = await mutation.Db.Sectors.Where(s => keys.Contains(s.Id)).ToListAsync(mutation.CancellationToken);
        return AllFound(mutation, property, keys, sectors.Select(s => s.Id), "sector") ? sectors : null;
    }

    /// <summary>The regions whose keys an input record's property holds; null when none were given or one names no region (with the error added).</summary>
    public static async Task<List<Region>?> RegionsAsync(this MutationContext mutation, IReadOnlyList<Guid>? keys, string property)
    {
        if (keys is null)
        {
            return null;
        }

        var regions = await mutation.Db.Regions.Where(r => keys.Contains(r.Id)).ToListAsync(mutation.CancellationToken);
        return AllFound(mutation, property, keys, regions.Select(r => r.Id), "region") ? regions : null;
    }

    private static bool AllFound(MutationContext mutation, string property, IReadOnlyList<Guid> wanted, IEnumerable<Guid> found, string what)
    {
        var missing = wanted.Except(found).Count();
        if (missing == 0)
        {
            return true;
        }

        var path = mutation.PathOf(property);
        mutation.Reject(new NotFoundUserError($"{missing} of the {what} ids in '{path[^1]}' name no {what}.", path));
        return false;
    }

    /// <summary>Replaces a collection's items (a many-to-many link) with <paramref name="items"/>.</summary>
    public static void ReplaceWith<T>(this List<T> collection, IEnumerable<T> items)
    {
        collection.Clear();
        collection.AddRange(items);
    }

}
