using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.Membership;

/// <summary>
/// Approves a membership application: the cluster becomes a MEMBER from today, its contact is the
/// applicant's, and its first annual fee is invoiced. All in the burst's transaction.
/// </summary>
public sealed class ApproveMembership : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "ApproveMembership", "Membership",
        "Approves the application: the cluster becomes a member from today and its first annual fee is invoiced (amount in minor units, due after `paymentTerm`).",
        [
            ApplicationOf.Input,
            new InputDescriptor("feeMinor", "The first annual fee in minor units (cents); 1000000 is EUR 10,000.", new System.Text.Json.Nodes.JsonObject { ["type"] = "number" }, Required: true),
            InputDescriptor.Text("currency", "The fee's currency; EUR when absent."),
            InputDescriptor.Text("paymentTerm", "How long the cluster has to pay, ISO 8601 (P30D)."),
        ],
        ["done"]);

    public async ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var application = await ApplicationOf.LoadAsync(context);
        var cluster = application.Cluster!;
        var fee = context.Value("feeMinor")?.GetValue<long>() ?? 0;
        if (fee <= 0)
        {
            throw new WorkflowFault($"'{context.Activity.Id}': 'feeMinor' must be a positive amount in minor units.");
        }

        var today = DateOnly.FromDateTime(context.Now);
        if ((application.Approve(context.Now) ?? cluster.Membership.Admit(today)) is { } refused)
        {
            throw new WorkflowFault($"'{context.Activity.Id}': {refused.Message}");
        }

        cluster.Contact.Name ??= application.ContactName;
        cluster.Contact.Email ??= application.ContactEmail;
        var invoice = new FeeInvoice
        {
            ClusterId = cluster.Id,
            Year = today.Year,
            Amount = new Money { AmountMinor = fee, Currency = context.Text("currency") is { Length: 3 } currency ? currency : "EUR" },
            IssuedOn = today,
            DueOn = today.AddDays((int)(context.Duration("paymentTerm") ?? TimeSpan.FromDays(30)).TotalDays),
        };
        context.Db.FeeInvoices.Add(invoice);
        context.Variables["clusterId"] = cluster.Id.ToString();
        context.Variables["feeDueOn"] = invoice.DueOn.ToString("yyyy-MM-dd");
        context.Variables["membershipYear"] = today.Year;
        context.Journal($"{cluster.Name} is a member from {today:yyyy-MM-dd}; fee of {fee / 100m:0.00} {invoice.Amount.Currency} due {invoice.DueOn:yyyy-MM-dd}.");
        return ActivityResult.Go("done");
    }
}
