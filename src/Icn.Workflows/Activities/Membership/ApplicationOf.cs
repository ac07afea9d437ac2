using Icn.Domain.Membership;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Activities.Membership;

/// <summary>The application an activity works on, from its <c>application</c> input (the application's key).</summary>
internal static class ApplicationOf
{
    public static InputDescriptor Input { get; } = InputDescriptor.Text("application", "The application's key, e.g. the expression `input.applicationId`.", required: true);

    public static async Task<Application> LoadAsync(ActivityContext context)
    {
        var text = context.RequiredText("application");
        if (!Guid.TryParse(text, out var id))
        {
            throw new WorkflowFault($"'{context.Activity.Id}': 'application' is not an application's key: \"{text}\".");
        }

        return await context.Db.Applications.Include(a => a.Cluster).SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw new WorkflowFault($"'{context.Activity.Id}': there is no application {id}.");
    }
}
