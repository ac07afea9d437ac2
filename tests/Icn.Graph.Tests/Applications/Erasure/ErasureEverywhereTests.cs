using Icn.Graph.Membership.Retention;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Applications.Journey;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications.Erasure;

/// <summary>
/// After an applicant's contact details are erased, neither their address nor their name is left
/// in any table of the database, whichever way the application ended: withdrawn by the applicant,
/// withdrawn after 60 days without an answer (erased by the retention sweep a year later), rejected,
/// or approved, where the only copies left are the ones kept on purpose (the member's business
/// contact: the cluster's row and its audit entries). Each applicant's address and name are their
/// own, and the Secretariat's comments repeat them, so every place a text can travel is searched.
/// </summary>
public sealed class ErasureEverywhereTests(JourneyApiFixture api) : IClassFixture<JourneyApiFixture>
{
    private const string Withdraw = $"mutation($token: String!, $reason: String) {{ withdrawApplication(input: {{ token: $token, reason: $reason }}) {{ application {{ status }} {ApplicationRequests.Errors} }} }}";
    private const string Erase = $"mutation($id: ID!) {{ eraseApplicantContact(input: {{ id: $id }}) {{ application {{ contactErasedAt }} {ApplicationRequests.Errors} }} }}";

    [Fact]
    public async Task Withdrawn_by_the_applicant_nothing_of_the_contact_is_left_in_any_table_not_even_in_the_withdrawal_confirmation()
    {
        var applicant = await SubmitAsync("Withdrawing Moor Cluster", "Annika Withdrawsdottir", "annika.withdraws@moor.example");
        await applicant.ScreenAsync("incomplete", "Annika Withdrawsdottir, please send your member list to annika.withdraws@moor.example.");
        await applicant.RespondAsync("Here it is. Regards, Annika Withdrawsdottir (annika.withdraws@moor.example)");
        (await api.Anonymous.PostAsync(Withdraw, new { token = applicant.Token, reason = "Annika Withdrawsdottir has left the cluster." })).Succeeded("withdrawApplication", "application");
        Assert.Contains(await api.MailsToAsync(applicant.Email), mail => mail.Subject == "Your ICN application was withdrawn");
        await AssertFoundAsync(applicant);

        await EraseAsync(applicant);

        await AssertNowhereAsync(applicant);
    }

    [Fact]
    public async Task Withdrawn_after_60_days_without_an_answer_the_retention_sweep_leaves_nothing_of_the_contact_in_any_table()
    {
        var applicant = await SubmitAsync("Silent Marsh Cluster", "Bertil Silentsen", "bertil.silent@marsh.example");
        await applicant.ScreenAsync("incomplete", "Bertil Silentsen: please add your strategy.");
        await api.AdvanceAsync(TimeSpan.FromDays(14));
        await api.AdvanceAsync(TimeSpan.FromDays(46));
        Assert.Equal("WITHDRAWN", await applicant.StatusAsync());
        Assert.Equal(
            ["Your ICN application: information requested", "Reminder: your ICN application waits for your answer", "Your ICN application was withdrawn"],
            (await api.MailsToAsync(applicant.Email)).Select(mail => mail.Subject));
        await AssertFoundAsync(applicant);

        await api.AdvanceAsync(TimeSpan.FromDays(370));
        await api.Factory.Services.GetRequiredService<ApplicantContactRetention>().SweepAsync(default);

        await using (var db = api.CreateDbContext())
        {
            Assert.NotNull(await db.Applications.Where(a => a.Id == applicant.Key).Select(a => a.ContactErasedAt).SingleAsync());
        }

        await AssertNowhereAsync(applicant);
    }

    [Fact]
    public async Task Rejected_nothing_of_the_contact_is_left_in_any_table()
    {
        var applicant = await SubmitAsync("Rejected Fen Cluster", "Cecilie Rejectova", "cecilie.rejected@fen.example");
        await applicant.ScreenAsync("not-eligible", "Cecilie Rejectova (cecilie.rejected@fen.example) runs a consultancy, not a cluster.");
        Assert.Equal("REJECTED", await applicant.StatusAsync());
        await AssertFoundAsync(applicant);

        await EraseAsync(applicant);

        await AssertNowhereAsync(applicant);
    }

    [Fact]
    public async Task Approved_the_only_copies_left_are_the_members_business_contact_in_the_clusters_row_and_its_audit_entries()
    {
        var applicant = await SubmitAsync("Approved Heath Cluster", "Dagny Approvedahl", "dagny.approved@heath.example");
        await applicant.ScreenAsync("ready-for-board", "Dagny Approvedahl's cluster evidences all seven criteria.");
        foreach (var member in api.Board.Take(api.Majority))
        {
            await ApplicationSteps.VoteAsync(await api.SignInAsync(member), applicant.Id, "approve");
        }

        Assert.Equal("APPROVED", await applicant.StatusAsync());
        await using (var db = api.CreateDbContext())
        {
            await Eventually.ValueAsync(
                () => db.WorkflowInstances.CountAsync(i => i.DefinitionId == "member-obligations" && i.SubjectId == applicant.ClusterId),
                started => started == 1,
                "the member-obligations workflow of the new member");
        }

        // The unpaid fee is reminded to the member's contact: the same address, written by another workflow.
        await api.AdvanceAsync(TimeSpan.FromDays(31));
        Assert.Contains(await api.MailsToAsync(applicant.Email), mail => mail.Subject == "ICN annual fee overdue");
        await AssertFoundAsync(applicant);

        await EraseAsync(applicant);

        foreach (var needle in applicant.Needles)
        {
            await using var db = api.CreateDbContext();
            var hits = await EveryTable.HitsAsync(db, needle);
            Assert.True(
                hits.Keys.All(table => table is "clusters" or "audit_entries") && hits.GetValueOrDefault("clusters") == 1,
                $"'{needle}' is in: {string.Join(", ", hits.Select(h => $"{h.Key} ({h.Value})"))}");
            Assert.True(GlobalId.TryDecode(applicant.ClusterId, out var cluster));
            Assert.Equal(0, await db.AuditEntries.FromSql($"SELECT * FROM audit_entries AS t WHERE t::text ILIKE '%' || {needle} || '%'")
                .CountAsync(e => !(e.EntityType == "Cluster" && e.EntityId == cluster.Key)));
            var contact = await db.Clusters.AsNoTracking().Where(c => c.Id == cluster.Key).Select(c => c.Contact).SingleAsync();
            Assert.Equal((applicant.Name, applicant.Email), (contact.Name, contact.Email));
        }
    }

    /// <summary>Before the erasure the search finds the contact (so that finding nothing afterwards means something).</summary>
    private async Task AssertFoundAsync(Applicant applicant)
    {
        await using var db = api.CreateDbContext();
        foreach (var needle in applicant.Needles)
        {
            var hits = await EveryTable.HitsAsync(db, needle);
            Assert.Contains("applications", hits.Keys);
        }

        Assert.Contains("outbox_messages", (await EveryTable.HitsAsync(db, applicant.Email)).Keys);
    }

    private async Task AssertNowhereAsync(Applicant applicant)
    {
        await using var db = api.CreateDbContext();
        foreach (var needle in applicant.Needles)
        {
            var hits = await EveryTable.HitsAsync(db, needle);
            Assert.True(hits.Count == 0, $"'{needle}' is still in: {string.Join(", ", hits.Select(h => $"{h.Key} ({h.Value})"))}");
        }
    }

    private async Task EraseAsync(Applicant applicant)
    {
        var erased = (await (await api.SignInAsync(ApplicationJourney.Secretariat)).PostAsync(Erase, new { id = applicant.Id })).Succeeded("eraseApplicantContact", "application");
        Assert.NotNull(erased["contactErasedAt"]);
    }

    private Task<Applicant> SubmitAsync(string clusterName, string name, string email) => Applicant.SubmitAsync(api, clusterName, name, email);
}
