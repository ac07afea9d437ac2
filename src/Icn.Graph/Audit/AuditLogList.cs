using Icn.Domain.Audit;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Audit;

/// <summary>The filter and order of the audit log; each filter has an index that starts with its column and the time.</summary>
internal static class AuditLogList
{
    public static FilterDefinition<AuditEntry> Filter { get; } = new FilterDefinition<AuditEntry>("AuditEntryFilter", "Conditions on an audit entry; several fields must all hold.")
        .Key("actorId", "The staff account that made the change (a User id).", "User", e => e.ActorId)
        .String("actorName", "How the actor was named.", e => e.ActorName)
        .String("action", "The operation that made the change, e.g. \"inviteUser\".", e => e.Action)
        .String("entityType", "The changed row's type, e.g. \"Opportunity\".", e => e.EntityType)
        .Key("entityId", "The changed row: the global id of any object, or a raw key as `entityId` shows it.", null, e => e.EntityId)
        .DateTime("at", "When the change was made.", e => e.At);

    public static SortDefinition<AuditEntry> Sort { get; } = new SortDefinition<AuditEntry>("AuditEntrySort", "One way to order audit entries.")
        .Add("at", "By the time of the change.", e => e.At);

    public static ListDefinition<AuditEntry> Definition { get; } = new(
        Filter, typeof(AuditEntryFilterGraphType), Sort, typeof(AuditEntrySortGraphType),
        new SortOrder<AuditEntry>([(Sort["at"], true)]), "newest first");
}

internal sealed class AuditEntryFilterGraphType() : EntityFilterGraphType<AuditEntry>(AuditLogList.Filter);

internal sealed class AuditEntrySortGraphType() : EntitySortGraphType<AuditEntry>(AuditLogList.Sort);
