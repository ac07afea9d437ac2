using Icn.Domain.Common;
using Icn.Domain.Sectors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using System.Linq.Expressions;

namespace Icn.Domain.Persistence;

/// <summary>Mapping conventions every entity shares, written once.</summary>
internal static class EntityConfigurationExtensions
{
    /// <summary>Key, optimistic concurrency version and change times.</summary>
    public static void MapEntityBasics<T>(this EntityTypeBuilder<T> entity)
        where T : Entity
    {
        entity.HasKey(e => e.Id);
        // Generated on the client when added (Npgsql gives UUIDv7), not in the constructor: a key
        // made for every materialized row would be thrown away by every query.
        entity.Property(e => e.Id).ValueGeneratedOnAdd();
        entity.Property(e => e.Version).IsConcurrencyToken();
        entity.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        entity.Property(e => e.UpdatedAt).HasDefaultValueSql("now()");
    }

    /// <summary>A many-to-many link to sectors through a join table named <paramref name="table"/>.</summary>
    public static void MapSectors<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, IEnumerable<Sector>?>> sectors, string table)
        where T : Entity =>
        entity.HasMany(sectors).WithMany().MapJoinTable<T, Sector>(table);

    /// <summary>
    /// A join table with readable key columns (owner_id, sector_id), a primary key led by the owner
    /// and an index on the other side, so filters from either end use an index.
    /// </summary>
    public static void MapJoinTable<TOwner, TItem>(this CollectionCollectionBuilder<TItem, TOwner> link, string table)
        where TOwner : Entity
        where TItem : Entity
    {
        var ownerKey = typeof(TOwner).Name.Replace("Network", "", StringComparison.Ordinal) + "Id";
        var itemKey = typeof(TItem).Name + "Id";
        link.UsingEntity(
            table,
            item => item.HasOne(typeof(TItem)).WithMany().HasForeignKey(itemKey).OnDelete(DeleteBehavior.Restrict),
            owner => owner.HasOne(typeof(TOwner)).WithMany().HasForeignKey(ownerKey).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey(ownerKey, itemKey);
                join.HasIndex(itemKey);
            });
    }
}
