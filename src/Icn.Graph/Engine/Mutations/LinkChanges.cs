using Icn.Domain.Common;

namespace Icn.Graph.Engine.Mutations;

internal static class LinkChanges
{
    /// <summary>
    /// Counts a change of only an entity's many-to-many links (its sectors) as a change of the
    /// entity. EF Core writes such a change to the link table alone, so without this the entity
    /// would keep its version and a caller holding the old one would not be refused. Marking the
    /// change time modified lets the audit interceptor give the entity its next version as usual.
    /// </summary>
    public static void CountLinksAsChange(this MutationContext mutation, Entity entity) =>
        mutation.Db.Entry(entity).Property(nameof(Entity.UpdatedAt)).IsModified = true;
}
