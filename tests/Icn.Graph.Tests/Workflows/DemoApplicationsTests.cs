using Icn.Domain.Membership;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Workflows;

/// <summary>The Development demo has membership applications at every stage, and work in the Secretariat's and the Board's inboxes.</summary>
public sealed class DemoApplicationsTests() : OwnApiTests("demoapps", settings: new()
{
    ["Demo:SeedAccounts"] = "true",
    ["Demo:Password"] = StaffApiFixture.Password,
    ["Demo:SeedApplications"] = "true",
})
{
    [Fact]
    public async Task Applications_stand_at_every_stage_and_the_inboxes_have_their_tasks()
    {
        var secretariat = await BearerSignIn.ClientAsync(Factory, "secretariat@demo.icn", StaffApiFixture.Password);
        var board = await BearerSignIn.ClientAsync(Factory, "board2@demo.icn", StaffApiFixture.Password);

        await using (var db = Factory.Services.GetRequiredService<IDbContextFactory<Icn.Domain.Persistence.IcnDbContext>>().CreateDbContext())
        {
            var statuses = await db.Applications.AsNoTracking().Select(a => a.Status).ToListAsync();
            Assert.Equal(
                [ApplicationStatus.Submitted, ApplicationStatus.InformationRequested, ApplicationStatus.WithBoard, ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
                statuses.Order());
            var approved = await db.Applications.AsNoTracking().Include(a => a.Cluster).SingleAsync(a => a.Status == ApplicationStatus.Approved);
            Assert.Equal(MembershipStatus.Member, approved.Cluster!.Membership.Status);
            var withdrawn = await db.Applications.AsNoTracking().SingleAsync(a => a.Status == ApplicationStatus.Withdrawn);
            Assert.NotNull(withdrawn.DecidedAt);
            var subject = Icn.GraphQL.Relay.GlobalId.Encode("Application", withdrawn.Id);
            Assert.Equal(Icn.Domain.Workflows.WorkflowInstanceStatus.Cancelled, await db.WorkflowInstances.Where(i => i.SubjectId == subject).Select(i => i.Status).SingleAsync());
        }

        const string Inbox = "{ myTasks { nodes { title } } }";
        var screening = (await secretariat.PostAsync(Inbox)).Data!["myTasks"]!["nodes"]!.AsArray();
        Assert.Contains(screening, t => t!["title"]!.GetValue<string>() == "Screen the application of Nordic Heat Cluster");
        var votes = (await board.PostAsync(Inbox)).Data!["myTasks"]!["nodes"]!.AsArray();
        Assert.Contains(votes, t => t!["title"]!.GetValue<string>() == "Board decision: Iberian Solar Valley");
    }
}
