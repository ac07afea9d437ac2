using Icn.Domain.Persistence;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Auth;

/// <summary>
/// The Data Protection keys that protect staff tokens are stored encrypted with the configured
/// certificate; outside Development the API does not start without one.
/// </summary>
public sealed class KeyRingEncryptionTests() : OwnApiTests(
    "keyring",
    settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password })
{
    [Fact]
    public async Task The_keys_in_the_database_are_encrypted_and_tokens_still_work()
    {
        var admin = await BearerSignIn.ClientAsync(Factory, "admin@demo.icn", StaffApiFixture.Password);
        var viewer = await admin.PostAsync("{ viewer { email } }");

        await using var db = Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext();
        var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync();

        Assert.Equal("admin@demo.icn", viewer.Data!["viewer"]!["email"]!.GetValue<string>());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Outside_Development_the_API_refuses_to_start_without_a_certificate_and_names_the_setting()
    {
        var start = ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings:Icn"] = Factory.ConnectionString,
            ["DataProtection:CertificatePath"] = "",
            ["DataProtection:CertificatePassword"] = "",
        });

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => start);

        Assert.Contains("exited", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:CertificatePath is not set", refusal.Message, StringComparison.Ordinal);
    }
}
