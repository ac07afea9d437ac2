using Icn.Domain.Membership;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.Membership;

/// <summary>
/// Moves a membership application to a status, with what goes with it: the Secretariat's question
/// when information is requested, the reason when it is rejected or withdrawn.
/// </summary>
public sealed class UpdateApplication : IActivityType
{
    private static readonly Dictionary<string, ApplicationStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["screening"] = ApplicationStatus.Screening,
        ["information-requested"] = ApplicationStatus.InformationRequested,
        ["with-board"] = ApplicationStatus.WithBoard,
        ["rejected"] = ApplicationStatus.Rejected,
        ["withdrawn"] = ApplicationStatus.Withdrawn,
    };

    public ActivityDescriptor Descriptor { get; } = new(
        "UpdateApplication", "Membership",
        "Moves a membership application to a status: screening, information-requested (with the question), with-board, rejected or withdrawn (with the reason told to the applicant). Approval is ApproveMembership.",
        [
            ApplicationOf.Input,
            InputDescriptor.Choice("status", "The new status.", true, [.. Statuses.Keys]),
            InputDescriptor.Text("text", "The question asked (information-requested) or the reason (rejected, withdrawn)."),
            InputDescriptor.Text("notes", "The Secretariat's notes to keep with the application."),
        ],
        ["done"]);

    public async ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var application = await ApplicationOf.LoadAsync(context);
        var status = Statuses[context.RequiredText("status")];
        var text = context.Text("text") is { Length: > 0 } given ? given.Trim() : null;
        var refused = status switch
        {
            ApplicationStatus.Screening => application.StartScreening(),
            ApplicationStatus.InformationRequested => application.RequestInformation(text),
            ApplicationStatus.WithBoard => application.ReferToBoard(),
            ApplicationStatus.Rejected => application.Reject(text, context.Now),
            ApplicationStatus.Withdrawn => application.Withdraw(text, context.Now),
            _ => throw new InvalidOperationException($"UpdateApplication does not move an application to {status}."),
        };
        if (refused is not null)
        {
            throw new WorkflowFault($"'{context.Activity.Id}': {refused.Message}");
        }

        if (context.Text("notes") is { Length: > 0 } notes)
        {
            application.SecretariatNotes = notes.Trim();
        }

        context.Journal($"The application is now {context.RequiredText("status")}{(text is null ? "" : $": {text}")}.");
        return ActivityResult.Go("done");
    }
}
