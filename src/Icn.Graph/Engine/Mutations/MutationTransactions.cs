namespace Icn.Graph.Engine.Mutations;

internal static class MutationTransactions
{
    /// <summary>
    /// Runs a change inside one database transaction, committed only when the change answers without
    /// errors. Row locks taken inside hold until the change and its audit rows (written by the same
    /// SaveChanges) commit together; a refused change rolls back whatever it locked or wrote.
    /// </summary>
    public static async Task<Payload> InTransactionAsync(this MutationContext mutation, Func<Task<Payload>> change)
    {
        await using var transaction = await mutation.Db.Database.BeginTransactionAsync(mutation.CancellationToken);
        var payload = await change();
        if (payload.Errors.Count == 0)
        {
            await transaction.CommitAsync(mutation.CancellationToken);
        }

        return payload;
    }
}
