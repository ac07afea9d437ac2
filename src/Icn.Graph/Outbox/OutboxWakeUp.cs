namespace Icn.Graph.Outbox;

/// <summary>
/// Lets code that has just committed outbox messages wake this process's delivery worker, so an
/// e-mail goes out at once rather than at the next poll. Waking is only a hint: the worker finds
/// the messages at its next poll all the same.
/// </summary>
internal sealed class OutboxWakeUp
{
    private TaskCompletionSource signal = NewSignal();

    /// <summary>
    /// Completes at the next <see cref="Wake"/>. The worker takes it before a pass, so a wake-up
    /// that comes during the pass starts another pass right after it.
    /// </summary>
    public Task Next => Volatile.Read(ref signal).Task;

    public void Wake() => Interlocked.Exchange(ref signal, NewSignal()).TrySetResult();

    // Asynchronous continuations: the caller (a request) must not run the worker's loop itself.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
