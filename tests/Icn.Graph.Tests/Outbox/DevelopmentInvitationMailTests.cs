using Icn.Domain.Persistence;
using Icn.Graph.Tests.Admin;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// The Development experience: an invitation wakes the worker, which logs the whole e-mail, so the
/// developer finds the link in the server's log at once, not at the next poll.
/// </summary>
public sealed class DevelopmentInvitationMailTests() : OwnApiTests(
    "outbox_dev",
    "Development",
    settings: new()
    {
        ["Demo:SeedAccounts"] = "true",
        ["Demo:Password"] = StaffApiFixture.Password,
        // Far longer than the test waits: only the invitation's wake-up can make it in time.
        ["Outbox:PollInterval"] = "00:10:00",
        ["Outbox:Enabled"] = "true",
    })
{
    [Fact]
    public async Task An_invitation_is_logged_whole_with_its_link_right_after_it_is_saved()
    {
        var admin = await BearerSignIn.ClientAsync(Factory, "admin@demo.icn", StaffApiFixture.Password);
        const string email = "dev.invitee@cluster.example";
        await StaffInvitations.InviteAsync(admin, email, ["BOARD"]);

        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Recipient == email);
        await OutboxRows.DeliveredAsync(Factory.Services, message.Id);
        var link = message.Body.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("http", StringComparison.Ordinal));
        Assert.Contains(Factory.Logs.Lines, line => line.Contains(email, StringComparison.Ordinal) && line.Contains(link, StringComparison.Ordinal));
    }
}
