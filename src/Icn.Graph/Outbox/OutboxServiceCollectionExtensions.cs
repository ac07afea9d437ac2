using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Icn.Graph.Outbox;

internal static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox's delivery: SMTP when Smtp:Host is set, else the log; and the worker, unless
    /// Outbox:Enabled is false. A wrong configuration stops the start with what is wrong.
    /// </summary>
    public static IServiceCollection AddIcnOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        var smtp = configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
        var problems = OutboxOptionsValidation.ProblemsOf(outbox).Concat(SmtpOptionsValidation.ProblemsOf(smtp)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The e-mail outbox is configured wrongly:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", problems)}");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(outbox);
        services.AddSingleton(smtp);
        if (smtp.IsConfigured)
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, LogMailSender>();
        }

        services.AddSingleton<OutboxWakeUp>();
        services.AddSingleton<OutboxCommitWatch>();
        services.AddSingleton<OutboxDelivery>();
        if (outbox.Enabled)
        {
            services.AddHostedService<OutboxWorker>();
        }

        return services;
    }
}
