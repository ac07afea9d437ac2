using Icn.Graph.Membership.Retention;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications;

/// <summary>
/// A rejected or withdrawn application keeps its applicant's contact details for the retention
/// period (12 months by default), then loses them; one in progress keeps them. The sweep is called
/// as its background worker calls it, with the API's clock moved.
/// </summary>
public sealed class ApplicantContactRetentionTests : OwnApiTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    public ApplicantContactRetentionTests()
        : base("retention", services: services => services.AddSingleton<TimeProvider>(Clock))
    {
    }

    [Fact]
    public async Task A_withdrawn_applications_contact_is_erased_twelve_months_after_the_decision_and_one_in_progress_keeps_it()
    {
        var anonymous = new GraphQLClient(Factory.CreateClient());
        var (_, withdrawnToken) = await SubmitAsync(anonymous, "Withdrawn Long Ago Cluster", "long.ago@example.org");
        await SubmitAsync(anonymous, "Patient Cluster", "patient@example.org");
        (await anonymous.PostAsync($"mutation($token: String!) {{ withdrawApplication(input: {{ token: $token }}) {{ application {{ status }} {ApplicationRequests.Errors} }} }}", new { token = withdrawnToken }))
            .Succeeded("withdrawApplication", "application");
        var retention = Factory.Services.GetRequiredService<ApplicantContactRetention>();

        Clock.Advance(TimeSpan.FromDays(364));
        Assert.Equal(0, await retention.SweepAsync(default));
        Assert.Equal("long.ago@example.org", await ContactOfAsync("Withdrawn Long Ago Cluster"));

        Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await retention.SweepAsync(default));
        Assert.Null(await ContactOfAsync("Withdrawn Long Ago Cluster"));
        Assert.Equal("patient@example.org", await ContactOfAsync("Patient Cluster"));
        Assert.Equal(0, await retention.SweepAsync(default));

        await using var db = Factory.Services.GetRequiredService<IDbContextFactory<Icn.Domain.Persistence.IcnDbContext>>().CreateDbContext();
        Assert.Contains(await db.AuditEntries.Select(e => new { e.Action, e.ActorName }).ToListAsync(), e => e is { Action: "eraseExpiredApplicantContact", ActorName: "system" });
    }

    private async Task<string?> ContactOfAsync(string clusterName)
    {
        await using var db = Factory.Services.GetRequiredService<IDbContextFactory<Icn.Domain.Persistence.IcnDbContext>>().CreateDbContext();
        return await db.Applications.Where(a => a.Cluster!.Name == clusterName).Select(a => a.ContactEmail).SingleAsync();
    }
}
