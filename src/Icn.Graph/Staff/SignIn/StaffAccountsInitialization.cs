using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Graph.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff.SignIn;

/// <summary>In Development, the demo network's staff accounts (the roles themselves come with the migrations).</summary>
internal static partial class StaffAccountsInitialization
{
    public static async Task InitializeStaffAccountsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var demo = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        if (!demo.SeedAccounts)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icn.Graph.Staff.SignIn");
        if (string.IsNullOrEmpty(demo.Password))
        {
            LogNoPassword(logger);
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<IcnDbContext>();
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Slug).Select(c => new { c.Id, c.Slug, c.Name }).ToListAsync(cancellationToken);
        var accounts = new List<(string Email, string Name, string Role, Guid? Cluster)>
        {
            ("admin@demo.icn", "Demo Admin", StaffRoles.Admin, null),
            ("secretariat@demo.icn", "Demo Secretariat", StaffRoles.Secretariat, null),
        };
        accounts.AddRange(Enumerable.Range(1, 5).Select(i => ($"board{i}@demo.icn", $"Demo Board member {i}", StaffRoles.Board, (Guid?)null)));
        accounts.AddRange(clusters.Select(c => ($"editor.{c.Slug}@demo.icn", $"Editor of {c.Name}", StaffRoles.ClusterEditor, (Guid?)c.Id)));

        var created = 0;
        foreach (var (email, name, role, cluster) in accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new StaffUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, ClusterId = cluster };
            var result = await users.CreateAsync(user, demo.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
            created++;
        }

        LogAccounts(logger, created, accounts.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo:SeedAccounts is on but Demo:Password is not set: no demo accounts were made")]
    private static partial void LogNoPassword(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo staff accounts: {Created} made, {Total} in all (admin@demo.icn, secretariat@demo.icn, board1..5@demo.icn, editor.<cluster-slug>@demo.icn)")]
    private static partial void LogAccounts(ILogger logger, int created, int total);
}
