using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// A self-signed certificate made once per test run, written as a PFX to a temporary file, so
/// the API runs in "Testing" as it must outside Development: with its key ring encrypted.
/// Nothing is installed; the file is the run's own.
/// </summary>
public static class ThrowawayKeyCertificate
{
    private static readonly Lazy<(string Path, string Password)> Made = new(Make);

    public static string Path => Made.Value.Path;

    public static string Password => Made.Value.Password;

    /// <summary>The API settings that point at it.</summary>
    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["DataProtection:CertificatePath"] = Path,
        ["DataProtection:CertificatePassword"] = Password,
    };

    private static (string, string) Make()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ICN API tests key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"icn-tests-key-ring-{Environment.ProcessId}-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return (path, password);
    }
}
