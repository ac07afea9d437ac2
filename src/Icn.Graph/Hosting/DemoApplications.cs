using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Graph.Membership;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Hosting;

/// <summary>
/// In Development (<c>Demo:SeedApplications</c>), membership applications at every stage, moved
/// there through the real workflow by the demo accounts, so the Secretariat's and the Board's
/// inboxes have work in them: one being screened, one waiting for the applicant's answer, one with
/// the Board (one vote cast), one approved, one rejected, and one withdrawn by its applicant.
/// </summary>
internal static partial class DemoApplications
{
    public static async Task SeedDemoApplicationsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var demo = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(cancellationToken);
        if (!demo.SeedApplications || !demo.SeedOnStart || !demo.SeedAccounts || string.IsNullOrEmpty(demo.Password) || await db.Applications.AnyAsync(cancellationToken))
        {
            return;
        }

        var runtime = app.Services.GetRequiredService<WorkflowRuntime>();
        var staff = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@demo.icn")).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        if (!staff.ContainsKey("secretariat@demo.icn") || !staff.ContainsKey("board3@demo.icn"))
        {
            return;
        }

        var region = await db.Regions.OrderBy(r => r.Slug).Select(r => r.Id).FirstAsync(cancellationToken);
        var stages = new (string Name, string Country, Func<Guid, Guid, Task> Drive)[]
        {
            ("Nordic Heat Cluster", "SE", (_, _) => Task.CompletedTask),
            ("Baltic Offshore Wind Network", "EE", async (instance, _) => await ScreenAsync(instance, "incomplete", "Please describe your international strategy and the resources you will dedicate to ICN.")),
            ("Iberian Solar Valley", "ES", async (instance, _) =>
            {
                await ScreenAsync(instance, "ready-for-board", "All seven criteria are evidenced; strong track record.");
                await VoteAsync(instance, "board1@demo.icn", "approve", "A convincing international strategy.");
            }),
            ("Alpine Hydrogen Alliance", "AT", async (instance, _) =>
            {
                await ScreenAsync(instance, "ready-for-board", "Ready for the Board.");
                await VoteAsync(instance, "board1@demo.icn", "approve", "Hydrogen is where the network needs members.");
                await VoteAsync(instance, "board2@demo.icn", "approve", null);
                await VoteAsync(instance, "board3@demo.icn", "approve", "Welcome.");
            }),
            ("Coastal Plastics Initiative", "PT", async (instance, _) => await ScreenAsync(instance, "not-eligible", "The cluster's focus is packaging, not cleantech.")),
            ("Highland Biomass Group", "GB", async (instance, application) =>
            {
                await ScreenAsync(instance, "incomplete", "Please list your member organisations.");
                await using var write = await app.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(cancellationToken);
                await using var transaction = await write.Database.BeginTransactionAsync(cancellationToken);
                var withdrawn = await write.Applications.SingleAsync(a => a.Id == application, cancellationToken);
                await ApplicationWithdrawal.WithdrawAsync(write, runtime, withdrawn, "We will apply again next year, with our new partners.", DateTime.UtcNow, cancellationToken);
                await write.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }),
        };

        foreach (var (name, country, drive) in stages)
        {
            var (application, instance) = await SubmitAsync(name, country);
            await drive(instance, application);
        }

        LogSeeded(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icn.Graph.Demo"), stages.Length);

        async Task<(Guid Application, Guid Instance)> SubmitAsync(string name, string country)
        {
            var slug = name.ToLowerInvariant().Replace(' ', '-');
            var cluster = new Cluster { Slug = slug, Name = name, Description = $"{name}: a regional cleantech cluster applying to ICN.", CountryCode = country, RegionId = region, MemberCount = 140 };
            var application = new Application
            {
                Cluster = cluster,
                ContactName = "Demo Applicant",
                ContactEmail = $"applicant@{slug}.example",
                TokenHash = ApplicantTokens.Generate().Hash,
                SubmittedAt = DateTime.UtcNow,
                Evidence = [.. Enum.GetValues<ApplicationCriterion>().Select(c => new ApplicationEvidence { Criterion = c, Text = $"Evidence for {c}." })],
            };
            await using var write = await app.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(cancellationToken);
            await using var transaction = await write.Database.BeginTransactionAsync(cancellationToken);
            write.Applications.Add(application);
            await write.SaveChangesAsync(cancellationToken);
            var (instance, refusal) = await runtime.StartAsync(
                write, MembershipApplicationWorkflow.DefinitionId, MembershipApplicationWorkflow.Input(application, cluster), MembershipApplicationWorkflow.SubjectOf(application), null, cancellationToken);
            if (refusal is not null)
            {
                throw new InvalidOperationException($"Demo applications: {refusal.Message}");
            }

            await transaction.CommitAsync(cancellationToken);
            return (application.Id, instance!.Id);
        }

        async Task ScreenAsync(Guid instance, string outcome, string comment) =>
            await AnswerAsync(instance, "screen", "secretariat@demo.icn", "SECRETARIAT", outcome, comment);

        async Task VoteAsync(Guid instance, string member, string decision, string? comment) =>
            await AnswerAsync(instance, "vote", member, "BOARD", decision, comment);

        async Task AnswerAsync(Guid instance, string activity, string email, string role, string outcome, string? comment)
        {
            var user = staff[email];
            var task = await db.WorkflowTasks.AsNoTracking()
                .Where(t => t.InstanceId == instance && t.ActivityId == activity && t.Status == WorkflowTaskStatus.Open && (t.AssigneeUserId == user || t.AssigneeUserId == null))
                .Select(t => t.Id).FirstAsync(cancellationToken);
            var (_, refusal) = await runtime.CompleteTaskAsync(task, new TaskAnswer(outcome, comment), new TaskCaller(user, new HashSet<string> { role }), cancellationToken);
            if (refusal is not null)
            {
                throw new InvalidOperationException($"Demo applications: {refusal.Message}");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo membership applications: {Count} at every stage (screening, information requested, with the Board, approved, rejected, withdrawn)")]
    private static partial void LogSeeded(ILogger logger, int count);
}
