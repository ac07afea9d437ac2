using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Outbox;

/// <summary>Writes outbox messages the way the API's own code does, and reads them back.</summary>
internal static class OutboxRows
{
    public static async Task<List<OutboxMessage>> AddAsync(IServiceProvider services, int count, DateTime createdAt, string prefix = "message")
    {
        var messages = Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            IdempotencyKey = $"test:{prefix}:{i}:{Guid.NewGuid():N}",
            Kind = "email",
            Recipient = $"{prefix}{i}@test.example",
            Subject = $"Subject {i} of {prefix}",
            Body = $"Hello {i},\n\nThis is {prefix} number {i}.\n",
            CreatedAt = createdAt,
        }).ToList();
        await using var db = await services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages;
    }

    public static async Task<OutboxMessage> FindAsync(IServiceProvider services, Guid id)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>The message once the background worker has delivered it.</summary>
    public static Task<OutboxMessage> DeliveredAsync(IServiceProvider services, Guid id) =>
        Eventually.ValueAsync(
            () => FindAsync(services, id),
            message => message.DeliveredAt is not null,
            $"message {id} to be delivered",
            message => $"attempts {message.Attempts}, last error {message.LastError}");

    public static async Task<List<OutboxMessage>> AllAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }
}
