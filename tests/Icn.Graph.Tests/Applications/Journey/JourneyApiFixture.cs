using System.Collections.Concurrent;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.Obligations;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Icn.Graph.Tests.Applications.Journey;

/// <summary>
/// The real API host over a demo database of its own, with the demo staff accounts, on a clock the
/// tests move (<see cref="AdvanceAsync"/>) and with the real timer worker on, polling often, so that
/// what a moved clock made due (a reminder, the Board's deadline, a withdrawal) fires as in production.
/// The clock only goes forward: a test never expects it where another left it.
/// </summary>
public sealed class JourneyApiFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<(string Email, DateTimeOffset At), string> tokens = new();

    public FakeTimeProvider Clock { get; } = new(ObligationApiFixture.Today);

    public IcnApiFactory Factory { get; private set; } = null!;

    public GraphQLClient Anonymous { get; private set; } = null!;

    /// <summary>The sign-in e-mails of the active Board members, as the admin lists them: each gets a vote task.</summary>
    public IReadOnlyList<string> Board { get; private set; } = [];

    /// <summary>A majority of the whole Board: what decides at once, and the quorum at the deadline.</summary>
    public int Majority => (Board.Count / 2) + 1;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public async Task InitializeAsync()
    {
        Factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("journey"),
            services: services => services.AddSingleton<TimeProvider>(Clock),
            settings: new()
            {
                ["Demo:SeedAccounts"] = "true",
                ["Demo:Password"] = StaffApiFixture.Password,
                ["Workflows:RunTimers"] = "true",
                ["Workflows:TimerPollInterval"] = "00:00:00.100",
            });
        Anonymous = new GraphQLClient(Factory.CreateClient());
        var admin = await SignInAsync("admin@demo.icn");
        Board = await ApplicationSteps.BoardMembersAsync(admin);
        Assert.True(Board.Count > 0, "The demo seed made no Board accounts: nobody could decide on an application.");
    }

    /// <summary>
    /// A client signed in as a demo account. A token is good for an hour of the clock, so one is
    /// reused only while the clock has not moved.
    /// </summary>
    public async Task<GraphQLClient> SignInAsync(string email)
    {
        var key = (email, Clock.GetUtcNow());
        var client = Factory.CreateClient();
        if (!tokens.TryGetValue(key, out var token))
        {
            token = await BearerSignIn.TokenAsync(client, email, StaffApiFixture.Password) ?? throw new InvalidOperationException($"Signing in as {email} was refused.");
            tokens[key] = token;
        }

        return BearerSignIn.Authorized(client, token);
    }

    /// <summary>Moves the clock, then waits until the timer worker has fired everything that made due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await TimersFiredAsync();
    }

    /// <summary>
    /// Waits until no running instance has a timer due: the same rows the worker claims. Only after
    /// that does "nothing happened" (no reminder, no withdrawal) mean something.
    /// </summary>
    public Task TimersFiredAsync() =>
        Eventually.ValueAsync(
            async () =>
            {
                var now = Clock.GetUtcNow().UtcDateTime;
                await using var db = CreateDbContext();
                return await db.WorkflowBookmarks.CountAsync(b => b.Kind == BookmarkKind.Timer && b.DueAt <= now
                    && db.WorkflowInstances.Any(i => i.Id == b.InstanceId && i.Status == WorkflowInstanceStatus.Running));
            },
            due => due == 0,
            "the timer worker to fire every due timer",
            due => $"{due} timers due");

    /// <summary>The e-mails written to <paramref name="recipient"/> (the outbox worker is off in test hosts, so they stay).</summary>
    public async Task<List<(string Subject, string Body)>> MailsToAsync(string recipient)
    {
        await using var db = CreateDbContext();
        var mails = await db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == recipient).OrderBy(m => m.CreatedAt).Select(m => new { m.Subject, m.Body }).ToListAsync();
        return [.. mails.Select(m => (m.Subject, m.Body))];
    }

    public IcnDbContext CreateDbContext() =>
        Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext();

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(Factory.ConnectionString);
    }
}
