using Icn.Domain.Obligations;

namespace Icn.Graph.Obligations;

internal static class ObligationServiceCollectionExtensions
{
    /// <summary>The due-day settings, checked at start so a typo fails the start, not a Secretariat's query.</summary>
    public static IServiceCollection AddIcnObligations(this IServiceCollection services)
    {
        services.AddOptions<ObligationOptions>()
            .BindConfiguration(ObligationOptions.Section)
            .Validate(o => ObligationOptions.Parse(o.YearlyDue) is not null, $"{ObligationOptions.Section}:{nameof(ObligationOptions.YearlyDue)} must be a month and day, MM-dd (e.g. 12-31).")
            .Validate(o => ObligationOptions.Parse(o.BenchmarkDue) is not null, $"{ObligationOptions.Section}:{nameof(ObligationOptions.BenchmarkDue)} must be a month and day, MM-dd (e.g. 12-31).")
            .ValidateOnStart();
        return services;
    }
}
