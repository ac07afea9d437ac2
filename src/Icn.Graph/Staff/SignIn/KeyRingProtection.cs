using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Icn.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// ASP.NET Core Data Protection with its keys in PostgreSQL (so every API process reads the
/// tokens any of them issued), encrypted with the configured certificate. Outside Development a
/// start without a usable certificate is refused, naming the setting: a key ring in the clear
/// would be silently weaker, and nobody reads a warning in a log. Development (./icn run on a
/// laptop) keeps its keys in the clear unless a certificate is configured there too.
/// </summary>
internal static class KeyRingProtection
{
    private const string PathSetting = $"{KeyRingOptions.Section}:{nameof(KeyRingOptions.CertificatePath)}";
    private const string PasswordSetting = $"{KeyRingOptions.Section}:{nameof(KeyRingOptions.CertificatePassword)}";

    public static IServiceCollection AddIcnDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var dataProtection = services.AddDataProtection().SetApplicationName("icn-network-api").PersistKeysToDbContext<IcnDbContext>();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return environment.IsDevelopment()
                ? services
                : throw new InvalidOperationException(
                    $"{PathSetting} is not set. Outside Development the keys that protect staff tokens are encrypted at rest: set {PathSetting} to a PFX file " +
                    $"holding an RSA certificate with its private key, and {PasswordSetting} to its password (in the environment: DataProtection__CertificatePath, DataProtection__CertificatePassword).");
        }

        dataProtection.ProtectKeysWithCertificate(Load(options));
        return services;
    }

    private static X509Certificate2 Load(KeyRingOptions options)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
        }
        catch (Exception error) when (error is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{PathSetting} ({options.CertificatePath}) could not be read as a PFX file with {PasswordSetting}: {error.Message}", error);
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"{PathSetting} ({options.CertificatePath}) must hold an RSA certificate with its private key, to decrypt the keys it encrypted.");
        }

        return certificate;
    }
}
