using System.Text.Json;
using Icn.Domain.Audit;
using Icn.Domain.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Icn.Domain.Persistence;

/// <summary>
/// Inside an <see cref="AuditScope"/>, every row a SaveChanges adds, changes or deletes gets an
/// audit entry (who, what, when, the row before and after) in the same transaction, and every
/// changed entity gets its next version and change time. Written once here, so no write path can
/// forget it.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (AuditScope.Actor is not { } actor)
        {
            // No one's change to log (seeding, sign-in counters), but a changed entity still gets
            // its next version, so an editor holding the old one cannot overwrite it unawares.
            foreach (var entry in context.ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Modified))
            {
                entry.Entity.Version++;
            }

            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow().UtcDateTime;
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e))
            .ToList();

        // An owned part (a cluster's contact, its membership) is logged and versioned with its owner.
        var logged = changed.Where(e => !e.Metadata.IsOwned()).ToList();
        foreach (var owner in changed.Where(e => e.Metadata.IsOwned()).Select(OwnerOf).OfType<EntityEntry>().Distinct())
        {
            if (!logged.Contains(owner))
            {
                logged.Add(owner);
            }
        }

        foreach (var entry in logged)
        {
            var state = entry.State;
            var before = state is EntityState.Added ? null : Serialize(entry, original: true);
            Stamp(entry, now);
            context.Add(new AuditEntry
            {
                At = now,
                ActorId = actor.UserId,
                ActorName = actor.Name,
                Action = actor.Action,
                EntityType = AuditNames.EntityTypeOf(entry),
                EntityId = AuditNames.EntityIdOf(entry),
                Before = before,
                After = state is EntityState.Deleted ? null : Serialize(entry, original: false),
            });
        }
    }

    private static EntityEntry? OwnerOf(EntityEntry owned) =>
        owned.Context.ChangeTracker.Entries().FirstOrDefault(e => e.References.Any(r => r.TargetEntry == owned));

    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not AuditEntry and not DataProtectionKey and not Outbox.OutboxMessage and not Workflows.IKeepsOwnHistory;

    private static void Stamp(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is not Entity entity)
        {
            return;
        }

        if (entry.State == EntityState.Added)
        {
            entity.CreatedAt = now;
            entity.UpdatedAt = now;
        }
        else if (entry.State is EntityState.Modified or EntityState.Unchanged)
        {
            // Unchanged: only an owned part changed. The original version stays in the UPDATE's
            // WHERE (a concurrency token): a writer that lost a race fails instead of overwriting.
            entity.Version++;
            entity.UpdatedAt = now;
        }
    }

    private static string Serialize(EntityEntry entry, bool original) =>
        JsonSerializer.Serialize(Values(entry, original), Json);

    private static SortedDictionary<string, object?> Values(EntityEntry entry, bool original)
    {
        var row = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Metadata.GetProperties())
        {
            if (AuditNames.IsSecret(property.Name) || property.ClrType == typeof(NpgsqlTypes.NpgsqlTsVector) || property.IsForeignKey() && entry.Metadata.IsOwned())
            {
                continue;
            }

            var value = original && entry.State != EntityState.Added ? entry.OriginalValues[property] : entry.CurrentValues[property];
            // As stored: enums as their text ("published"), not as numbers that a reordering would change.
            row[property.GetColumnName()] = property.GetTypeMapping().Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value;
        }

        foreach (var reference in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null))
        {
            row[AuditNames.JsonName(reference.Metadata.Name)] = Values(reference.TargetEntry!, original);
        }

        return row;
    }
}
