using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Domain.Tests.Persistence;

/// <summary>What every process's connection to the database is given, whatever the connection string leaves out.</summary>
public sealed class IcnDatabaseTests
{
    [Fact]
    public void Pooled_connections_are_not_reset_unless_the_connection_string_asks()
    {
        Assert.True(Builder("Host=db;Database=icn").NoResetOnClose);
        Assert.False(Builder("Host=db;Database=icn;No Reset On Close=false").NoResetOnClose);
        Assert.False(Builder("Host=db;Database=icn;NoResetOnClose=false").NoResetOnClose);
    }

    [Fact]
    public void The_rest_of_the_connection_string_is_kept()
    {
        var builder = Builder("Host=db;Port=5433;Database=icn;Username=app;Maximum Pool Size=50;Max Auto Prepare=50");

        Assert.Equal(("db", 5433, "icn", "app", 50, 50), (builder.Host, builder.Port, builder.Database, builder.Username, builder.MaxPoolSize, builder.MaxAutoPrepare));
    }

    [Fact]
    public void A_context_connects_with_that_setting()
    {
        using var db = new IcnDbContext(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase("Host=localhost;Database=never-opened").Options);

        Assert.True(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).NoResetOnClose);
    }

    private static NpgsqlConnectionStringBuilder Builder(string connectionString) =>
        new(IcnDatabase.WithoutSessionReset(connectionString));
}
