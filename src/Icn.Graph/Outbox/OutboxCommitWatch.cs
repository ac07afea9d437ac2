using System.Data.Common;
using System.Runtime.CompilerServices;
using Icn.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Icn.Graph.Outbox;

/// <summary>
/// Wakes the delivery worker when outbox messages are committed, whoever wrote them (an invitation, a
/// workflow's Notify, a reminder): at the end of a SaveChanges that committed on its own, or at the
/// commit of the transaction it ran in. A rolled-back write wakes nothing.
/// </summary>
internal sealed class OutboxCommitWatch(OutboxWakeUp wakeUp) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    /// <summary>This interceptor and its transaction half, to add to the context's options together.</summary>
    public IInterceptor[] Interceptors => [this, new CommitListener(this)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            pending.AddOrUpdate(context, this);
        }
    }

    private void WakeIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Ended(context, committed: true);
        }
    }

    private void Ended(DbContext? context, bool committed)
    {
        if (context is not null && pending.Remove(context) && committed)
        {
            wakeUp.Wake();
        }
    }

    private sealed class CommitListener(OutboxCommitWatch watch) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => watch.Ended(eventData.Context, committed: true);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            watch.Ended(eventData.Context, committed: true);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => watch.Ended(eventData.Context, committed: false);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            watch.Ended(eventData.Context, committed: false);
            return Task.CompletedTask;
        }
    }
}
