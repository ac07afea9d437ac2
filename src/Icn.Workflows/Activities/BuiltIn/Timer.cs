using System.Globalization;
using Cronos;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Waits for a moment, or for the next occurrence of a cron schedule.</summary>
public sealed class Timer : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Timer", "Time", "Waits until a moment (`at`, ISO 8601 with offset) or the next occurrence of a cron schedule (`cron`, with `timeZone`).",
        [
            InputDescriptor.Text("at", "The moment to go on, e.g. 2027-01-15T09:00:00Z."),
            InputDescriptor.Text("cron", "A cron schedule (five fields), e.g. \"0 9 1 * *\"."),
            InputDescriptor.Text("timeZone", "The IANA time zone of the cron schedule; UTC when absent."),
        ],
        ["done"]);

    public ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var due = DueAt(context);
        if (due <= context.Now)
        {
            context.Journal($"{due:O} has passed.");
            return ValueTask.FromResult(ActivityResult.Go("done"));
        }

        context.Bookmark(BookmarkKind.Timer, dueAt: due);
        context.Journal($"Until {due:O}.");
        return ValueTask.FromResult(ActivityResult.Wait);
    }

    private static DateTime DueAt(ActivityContext context)
    {
        var id = context.Activity.Id;
        var at = context.Text("at");
        var cron = context.Text("cron");
        if (string.IsNullOrEmpty(at) == string.IsNullOrEmpty(cron))
        {
            throw new WorkflowFault($"'{id}': give either 'at' or 'cron'.");
        }

        if (at is { Length: > 0 })
        {
            return DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
                ? moment.UtcDateTime
                : throw new WorkflowFault($"'{id}': 'at' is not an ISO 8601 moment with an offset: \"{at}\".");
        }

        CronExpression schedule;
        TimeZoneInfo zone;
        try
        {
            schedule = CronExpression.Parse(cron!);
            zone = context.Text("timeZone") is { Length: > 0 } name ? TimeZoneInfo.FindSystemTimeZoneById(name) : TimeZoneInfo.Utc;
        }
        catch (Exception error) when (error is CronFormatException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new WorkflowFault($"'{id}': {error.Message}");
        }

        return schedule.GetNextOccurrence(DateTime.SpecifyKind(context.Now, DateTimeKind.Utc), zone)
            ?? throw new WorkflowFault($"'{id}': the schedule \"{cron}\" never occurs again.");
    }
}
