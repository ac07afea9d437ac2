using Npgsql;

namespace Icn.Bench.Baseline;

internal static class ListingDatabase
{
    /// <summary>One pooled data source over the same connection string (pool size, auto-prepare) the API gets.</summary>
    public static IServiceCollection AddListingDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Icn")
            ?? throw new InvalidOperationException("ConnectionStrings__Icn is not set.");
        return services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
    }
}
