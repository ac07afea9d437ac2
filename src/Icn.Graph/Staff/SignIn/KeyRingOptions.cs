namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// The certificate that encrypts the Data Protection key ring at rest (configuration section
/// "DataProtection"). The keys sign and encrypt every staff token; kept in PostgreSQL in the
/// clear, anyone who can read that table (a backup, a replica) could mint tokens.
/// </summary>
internal sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with an RSA certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
