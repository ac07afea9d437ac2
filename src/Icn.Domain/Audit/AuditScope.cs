namespace Icn.Domain.Audit;

/// <summary>
/// The actor of the writes made in the current async flow. Every API write runs inside a scope, so
/// <see cref="Persistence.AuditInterceptor"/> logs it; writes outside any scope (seeding the demo
/// network, sign-in bookkeeping such as failed-attempt counters) are not changes anyone made and
/// are not logged.
/// </summary>
public static class AuditScope
{
    private static readonly AsyncLocal<AuditActor?> Current = new();

    public static AuditActor? Actor => Current.Value;

    public static IDisposable Begin(AuditActor actor)
    {
        var outer = Current.Value;
        Current.Value = actor;
        return new Restore(outer);
    }

    private sealed class Restore(AuditActor? outer) : IDisposable
    {
        public void Dispose() => Current.Value = outer;
    }
}
