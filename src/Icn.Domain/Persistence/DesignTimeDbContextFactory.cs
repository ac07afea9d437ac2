using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Icn.Domain.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the API. No database is
/// contacted to add a migration; `ConnectionStrings__Icn` is used when a command needs one.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IcnDbContext>
{
    public IcnDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Icn")
            ?? "Host=127.0.0.1;Database=icn;Username=postgres";
        return new IcnDbContext(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(connectionString).Options);
    }
}
