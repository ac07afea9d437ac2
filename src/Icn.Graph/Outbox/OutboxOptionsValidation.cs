namespace Icn.Graph.Outbox;

/// <summary>What is wrong with the worker's settings, checked at start.</summary>
internal static class OutboxOptionsValidation
{
    public static IReadOnlyList<string> ProblemsOf(OutboxOptions outbox)
    {
        var problems = new List<string>();
        if (outbox.PollInterval <= TimeSpan.Zero)
        {
            problems.Add($"{OutboxOptions.Section}:{nameof(OutboxOptions.PollInterval)} must be positive.");
        }

        if (outbox.BatchSize < 1)
        {
            problems.Add($"{OutboxOptions.Section}:{nameof(OutboxOptions.BatchSize)} must be at least 1.");
        }

        if (outbox.MaxAttempts < 1)
        {
            problems.Add($"{OutboxOptions.Section}:{nameof(OutboxOptions.MaxAttempts)} must be at least 1.");
        }

        if (outbox.RetryDelay <= TimeSpan.Zero || outbox.MaxRetryDelay < outbox.RetryDelay)
        {
            problems.Add($"{OutboxOptions.Section}:{nameof(OutboxOptions.RetryDelay)} must be positive and at most {OutboxOptions.Section}:{nameof(OutboxOptions.MaxRetryDelay)}.");
        }

        if (outbox.ClaimLease < TimeSpan.FromSeconds(2))
        {
            problems.Add($"{OutboxOptions.Section}:{nameof(OutboxOptions.ClaimLease)} must be at least 2 seconds: a send may take half of it.");
        }

        return problems;
    }
}
