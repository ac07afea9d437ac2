using System.Text.Json.Nodes;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Activities.Membership;

/// <summary>Goes on by whether a cluster's fee invoice of a year is paid, read from the invoice itself.</summary>
public sealed class CheckFeePaid : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "CheckFeePaid", "Membership", "Goes on by 'paid' or 'unpaid' as the cluster's fee invoice of the year says ('unpaid' also when there is no invoice).",
        [
            InputDescriptor.Text("cluster", "The cluster's key, e.g. `input.clusterId`.", required: true),
            new InputDescriptor("year", "The membership year.", new JsonObject { ["type"] = "number" }, Required: true),
        ],
        ["paid", "unpaid"]);

    public async ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var text = context.RequiredText("cluster");
        if (!Guid.TryParse(text, out var cluster))
        {
            throw new WorkflowFault($"'{context.Activity.Id}': 'cluster' is not a cluster's key: \"{text}\".");
        }

        var year = context.Value("year")?.GetValue<int>() ?? throw new WorkflowFault($"'{context.Activity.Id}': 'year' is empty.");
        var paid = await context.Db.FeeInvoices.AnyAsync(i => i.ClusterId == cluster && i.Year == year && i.PaidAt != null, context.CancellationToken);
        context.Journal($"The {year} fee is {(paid ? "paid" : "not paid")}.");
        return ActivityResult.Go(paid ? "paid" : "unpaid");
    }
}
