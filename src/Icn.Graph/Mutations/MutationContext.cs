using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Graph.Mutations;

/// <summary>
/// What one mutation works with: its own DbContext (tracked, unlike the read paths), the caller,
/// the time, and the checks every write shares — the caller's right to act for a cluster and the
/// version the caller last read. Saving maps the database's refusals to user errors.
/// </summary>
internal sealed class MutationContext(MutationInput input, IcnDbContext db, Viewer viewer, TimeProvider time, IServiceProvider services, CancellationToken cancellationToken)
{
    public IcnDbContext Db => db;

    public Viewer Viewer => viewer;

    public IServiceProvider Services => services;

    public CancellationToken CancellationToken => cancellationToken;

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>A ForbiddenError when the caller may not change data of <paramref name="clusterId"/>; null when they may.</summary>
    public UserError? RequireActingFor(Guid clusterId, IReadOnlyList<string> path, string what) =>
        viewer.MayActFor(clusterId)
            ? null
            : new ForbiddenUserError($"You may change only your own cluster's {what}.", path);

    /// <summary>A ConflictError when the caller read an older (or newer) version than the stored one.</summary>
    public UserError? RequireVersion(Entity entity, int version) =>
        entity.Version == version
            ? null
            : new ConflictUserError($"It changed since you read it: you sent version {version}, it is now at version {entity.Version}. Read it again and repeat your change.", input.PathOf("version"));

    /// <summary>Saves the changes unless the input had errors, which are then the answer.</summary>
    public async Task<Payload> SaveAsync(object? value, IReadOnlyDictionary<string, object?>? extras = null)
    {
        if (!input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Payload.Of(value, extras);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload.Failed(new ConflictUserError("Someone else changed it at the same moment; read it again and repeat your change.", ["input"]));
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return Payload.Failed(new ConflictUserError($"It clashes with an existing record ({unique.ConstraintName}).", ["input"]));
        }
    }
}
