using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// What one mutation works with: its own DbContext (tracked, unlike the read paths), the caller,
/// the time, and the checks every write shares — the caller's right to act for a cluster and the
/// version the caller last read. Saving maps the database's refusals to user errors.
/// </summary>
internal sealed class MutationContext(MutationInput input, IcnDbContext db, Viewer viewer, TimeProvider time, IServiceProvider services, CancellationToken cancellationToken)
{
    private const string NoSuchCluster = "No cluster has this id.";

    private readonly List<IDomainEvent> savedEvents = [];

    public IcnDbContext Db => db;

    public Viewer Viewer => viewer;

    public IServiceProvider Services => services;

    public CancellationToken CancellationToken => cancellationToken;

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>The events of the changes saved so far; the mutation hands them to their reactions once it has committed.</summary>
    public IReadOnlyList<IDomainEvent> SavedEvents => savedEvents;

    /// <summary>Whether no field's rule and no check so far found a mistake; nothing may be started or saved until it is.</summary>
    public bool InputIsValid => input.IsValid;

    /// <summary>The path of an input record's property in the request, e.g. ["input", "deadline"] for nameof(input.Deadline).</summary>
    public IReadOnlyList<string> PathOf(string property) => input.PathOf(char.ToLowerInvariant(property[0]) + property[1..]);

    /// <summary>The path of a property of an item of a list in the input, e.g. ["input", "evidence", "7", "criterion"].</summary>
    public IReadOnlyList<string> PathOf(string property, int index, string itemProperty) =>
        [.. PathOf(property), index.ToString(System.Globalization.CultureInfo.InvariantCulture), char.ToLowerInvariant(itemProperty[0]) + itemProperty[1..]];

    /// <summary>
    /// Whether an error was reported on the property (by its field's rule or a check): it then holds its
    /// default, which a check of its own must not mistake for a value (an empty list, an empty key).
    /// </summary>
    public bool Failed(string property)
    {
        var path = PathOf(property);
        return input.Errors.Any(e => e.Path.SequenceEqual(path));
    }

    /// <summary>A ValidationError on an input record's property, found by a check the field's rule cannot make alone.</summary>
    public void Invalid(string property, string message) => input.Add(new ValidationUserError(message, PathOf(property)));

    /// <summary>The answer listing the mistakes found so far, for a resolver that cannot go on without the fields that failed.</summary>
    public Payload Failure => Payload.Failed(input.Errors);

    /// <summary>Adds an error found while carrying out the change; the change is then not saved.</summary>
    public void Reject(UserError error) => input.Add(error);

    /// <summary>Adds an entity's refusal, on the input record's property that asked for it; the change is then not saved.</summary>
    public void Reject(RuleBreak rule, string property) => input.Add(UserErrors.Of(rule, PathOf(property)));

    /// <summary>A failed payload for a change the entity refused, reported on the input record's property that asked for it.</summary>
    public Payload Refused(RuleBreak rule, string property) => Payload.Failed(UserErrors.Of(rule, PathOf(property)));

    /// <summary>A ForbiddenError when the caller may not change data of <paramref name="clusterId"/>; null when they may.</summary>
    public UserError? RequireActingFor(Guid clusterId, IReadOnlyList<string> path, string what) =>
        viewer.MayActFor(clusterId)
            ? null
            : new ForbiddenUserError($"You may change only your own cluster's {what}.", path);

    /// <summary>A NotFoundError when no cluster has the id; null when one does.</summary>
    public async Task<UserError?> RequireClusterAsync(Guid clusterId, IReadOnlyList<string> path) =>
        await db.Clusters.AnyAsync(c => c.Id == clusterId, cancellationToken) ? null : new NotFoundUserError(NoSuchCluster, path);

    /// <summary>
    /// A NotFoundError when no cluster has the id, a ConflictError when it is not a member of the
    /// network (an applicant or former cluster takes no part in opportunities and events); null when it may.
    /// </summary>
    public async Task<UserError?> RequireMemberClusterAsync(Guid clusterId, IReadOnlyList<string> path)
    {
        var status = await db.Clusters.Where(c => c.Id == clusterId).Select(c => (MembershipStatus?)c.Membership.Status).FirstOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => new NotFoundUserError(NoSuchCluster, path),
            MembershipStatus.Member or MembershipStatus.Suspended => null,
            _ => new ConflictUserError($"Only member clusters take part; this cluster's membership is {status.ToString()!.ToUpperInvariant()}.", path),
        };
    }

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
            savedEvents.AddRange(db.ChangeTracker.Entries<Entity>().SelectMany(entry => entry.Entity.TakeRaisedEvents()));
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
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            // A row it refers to was removed meanwhile (or never existed): the checks before saving missed a race.
            return Payload.Failed(new NotFoundUserError("Something it refers to does not exist (any more).", ["input"]));
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.CheckViolation } check)
        {
            return Payload.Failed(new ConflictUserError($"The change breaks a rule of the data ({check.ConstraintName}).", ["input"]));
        }
    }
}
