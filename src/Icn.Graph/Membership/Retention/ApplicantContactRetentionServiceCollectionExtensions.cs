namespace Icn.Graph.Membership.Retention;

internal static class ApplicantContactRetentionServiceCollectionExtensions
{
    /// <summary>The retention rule for applicants' contact details and the sweep that applies it.</summary>
    public static IServiceCollection AddIcnApplicantContactRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApplicantContactRetentionOptions>().Bind(configuration.GetSection(ApplicantContactRetentionOptions.Section))
            .Validate(o => o.ContactRetentionMonths is >= 0 and <= 120, "Applications:ContactRetentionMonths must be between 0 and 120.")
            .Validate(o => o.SweepInterval > TimeSpan.Zero, "Applications:SweepInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ApplicantContactRetention>();
        services.AddHostedService<ApplicantContactRetentionWorker>();
        return services;
    }
}
