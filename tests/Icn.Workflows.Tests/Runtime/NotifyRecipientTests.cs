using System.Text.Json.Nodes;
using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Icn.Domain.Regions;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>
/// Notify reads a person's address when it writes the mail, from the key the workflow keeps
/// (<c>applicant:&lt;application&gt;</c>, <c>cluster:&lt;cluster&gt;</c>), and its journal line names the
/// recipient without the address. Instances started the old way, with the address in their input,
/// still mail it.
/// </summary>
public sealed class NotifyRecipientTests(RuntimeDatabase database) : IClassFixture<RuntimeDatabase>
{
    [Fact]
    public async Task The_applicant_is_mailed_at_the_address_the_application_has_when_the_mail_is_written_and_the_journal_does_not_name_it()
    {
        await PublishAsync("tell-applicant", "'applicant:' + input.applicationId", fallback: null);
        var (application, _) = await ApplicantAsync("Changed Address Cluster", "first@changed.example");
        await using (var db = database.Db())
        {
            // A copy taken at the start would still say first@: the key is read when the mail is written.
            (await db.Applications.SingleAsync(a => a.Id == application)).ContactEmail = "second@changed.example";
            await db.SaveChangesAsync();
        }

        var instance = await StartAsync("tell-applicant", application);

        Assert.Equal(["second@changed.example"], await RecipientsAsync(instance));
        var line = Assert.Single(await database.JournalAsync(instance), e => e.ActivityId == "tell");
        Assert.Equal("\"Hello\" to the applicant (1 recipient(s)).", line.Summary);
    }

    [Fact]
    public async Task An_applicant_without_an_address_is_not_mailed_unless_a_fallback_is_named()
    {
        await PublishAsync("tell-applicant-or-nobody", "'applicant:' + input.applicationId", fallback: null);
        await PublishAsync("tell-applicant-or-secretariat", "'applicant:' + input.applicationId", fallback: "SECRETARIAT");
        var (application, _) = await ApplicantAsync("Erased Address Cluster", email: null);

        var nobody = await StartAsync("tell-applicant-or-nobody", application);
        var secretariat = await StartAsync("tell-applicant-or-secretariat", application);

        Assert.Empty(await RecipientsAsync(nobody));
        Assert.Equal("\"Hello\" to the applicant (0 recipient(s)).", (await database.JournalAsync(nobody)).Single(e => e.ActivityId == "tell").Summary);
        Assert.Equal(database.Secretariat.Count, (await RecipientsAsync(secretariat)).Count);
        Assert.Equal(
            $"\"Hello\" to SECRETARIAT instead, as the applicant has no address ({database.Secretariat.Count} recipient(s)).",
            (await database.JournalAsync(secretariat)).Single(e => e.ActivityId == "tell").Summary);
    }

    [Fact]
    public async Task A_clusters_contact_is_mailed_at_the_clusters_address()
    {
        await PublishAsync("tell-cluster", "'cluster:' + input.clusterId", fallback: "SECRETARIAT");
        var (application, cluster) = await ApplicantAsync("Contact Kept Cluster", "applicant@contact-kept.example");
        await using (var db = database.Db())
        {
            (await db.Clusters.SingleAsync(c => c.Id == cluster)).Contact.Email = "office@contact-kept.example";
            await db.SaveChangesAsync();
        }

        var instance = await StartAsync("tell-cluster", application, cluster);

        Assert.Equal(["office@contact-kept.example"], await RecipientsAsync(instance));
        Assert.Equal("\"Hello\" to the cluster's contact (1 recipient(s)).", (await database.JournalAsync(instance)).Single(e => e.ActivityId == "tell").Summary);
    }

    [Fact]
    public async Task An_instance_started_the_old_way_with_the_address_in_its_input_still_mails_it_and_the_journal_does_not_name_it()
    {
        await PublishAsync("tell-old-way", "input.contactEmail || 'SECRETARIAT'", fallback: null);
        var (instance, _) = await database.Runtime.StartAsync("tell-old-way", new JsonObject { ["contactEmail"] = "old@input.example" }, null, null, default);

        Assert.Equal(["old@input.example"], await RecipientsAsync(instance!.Id));
        Assert.Equal("\"Hello\" to an address (1 recipient(s)).", (await database.JournalAsync(instance.Id)).Single(e => e.ActivityId == "tell").Summary);
    }

    [Fact]
    public async Task A_key_that_is_not_one_faults_with_an_incident_that_says_so()
    {
        await PublishAsync("tell-malformed", "'applicant:' + input.applicationId", fallback: null);
        var (instance, _) = await database.Runtime.StartAsync("tell-malformed", new JsonObject { ["applicationId"] = "not-a-key" }, null, null, default);

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance!.Status);
        await using var db = database.Db();
        var incident = await db.WorkflowIncidents.SingleAsync(i => i.InstanceId == instance.Id);
        Assert.Contains("'to' does not end with an application's key: \"applicant:not-a-key\"", incident.Message, StringComparison.Ordinal);
    }

    private Task<int> PublishAsync(string definitionId, string to, string? fallback)
    {
        var inputs = new List<(string Name, object Value)> { ("to", new Script(to)), ("subject", "Hello"), ("body", "A message.") };
        if (fallback is not null)
        {
            inputs.Add(("fallback", fallback));
        }

        return database.PublishAsync(Flow.Named(definitionId).Add("tell", "Notify", [.. inputs]).Add("end", "End").Chain("start", "done", "tell", "done", "end").Build());
    }

    private async Task<Guid> StartAsync(string definitionId, Guid application, Guid? cluster = null)
    {
        var input = new JsonObject { ["applicationId"] = application.ToString(), ["clusterId"] = cluster?.ToString() };
        var (instance, refusal) = await database.Runtime.StartAsync(definitionId, input, null, null, default);
        Assert.Null(refusal);
        Assert.Equal(WorkflowInstanceStatus.Finished, instance!.Status);
        return instance.Id;
    }

    private async Task<(Guid Application, Guid Cluster)> ApplicantAsync(string name, string? email)
    {
        await using var db = database.Db();
        var region = new Region { Slug = $"region-{Guid.NewGuid():N}", Name = "A region" };
        var cluster = new Cluster { Slug = name.ToLowerInvariant().Replace(' ', '-'), Name = name, Description = "A cleantech cluster.", CountryCode = "DK", Region = region, MemberCount = 120 };
        var application = new Application { Cluster = cluster, ContactName = "A Person", ContactEmail = email, TokenHash = Convert.ToHexString(Guid.NewGuid().ToByteArray()).PadRight(64, '0'), SubmittedAt = database.Clock.GetUtcNow().UtcDateTime };
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return (application.Id, cluster.Id);
    }

    private async Task<List<string>> RecipientsAsync(Guid instance)
    {
        await using var db = database.Db();
        var prefix = $"wf:{instance:N}:";
        return await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix)).OrderBy(m => m.Recipient).Select(m => m.Recipient).ToListAsync();
    }
}
