using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;

namespace Icn.Graph.Tests.Outbox;

/// <summary>A wrong mail or outbox configuration stops the API at start, saying what is wrong.</summary>
public sealed class OutboxConfigurationTests
{
    [Theory]
    [InlineData("Smtp:Host=smtp.example", "Smtp:FromAddress is required")]
    [InlineData("Smtp:Host=smtp.example;Smtp:FromAddress=not an address", "Smtp:FromAddress 'not an address' is not an e-mail address")]
    [InlineData("Smtp:Host=smtp.example;Smtp:FromAddress=a@icn.example;Smtp:Port=0", "Smtp:Port must be between 1 and 65535")]
    [InlineData("Smtp:Host=smtp.example;Smtp:FromAddress=a@icn.example;Smtp:UserName=mailer", "Smtp:UserName and Smtp:Password go together")]
    [InlineData("Smtp:Password=secret", "Smtp:Host is not set")]
    [InlineData("Smtp:Host=smtp.example;Smtp:FromAddress=a@icn.example;Smtp:MessageIdDomain=not a domain", "Smtp:MessageIdDomain 'not a domain' is not a domain name")]
    [InlineData("Outbox:MaxAttempts=0", "Outbox:MaxAttempts must be at least 1")]
    [InlineData("Outbox:ClaimLease=00:00:01", "Outbox:ClaimLease must be at least 2 seconds")]
    [InlineData("Outbox:RetryDelay=02:00:00", "Outbox:RetryDelay must be positive and at most Outbox:MaxRetryDelay")]
    public async Task A_wrong_setting_fails_the_start_with_what_is_wrong(string settings, string expected)
    {
        await using var factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("outbox_config"),
            settings: settings.Split(';').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => (string?)pair[1]));

        var exception = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
    }
}
