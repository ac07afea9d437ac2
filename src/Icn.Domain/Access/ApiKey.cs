using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Access;

/// <summary>
/// A member cluster's website key. Only a SHA-256 hash of the secret is stored; the secret is
/// shown once, when the key is made. The prefix finds the row, the hash proves the secret. A key
/// works until it is revoked (<see cref="Revoke"/>), and a revoked key stays revoked.
/// </summary>
public sealed class ApiKey
{
    public const int NameLength = 200;

    // Created in any state (tests); revoked only by Revoke, through the field.
    private DateTime? revokedAt;

    public Guid Id { get; set; }

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public required string Name { get; set; }

    /// <summary>The secret's first characters, unique: how a request's key is found without a scan.</summary>
    public required string Prefix { get; set; }

    public required byte[] SecretHash { get; set; }

    /// <summary>The website origins (scheme://host[:port]) allowed to use the key from a browser.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>When set, the key runs only published (trusted) documents, by id; a request sending a query text is refused.</summary>
    public bool TrustedDocumentsOnly { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid? CreatedById { get; set; }

    /// <summary>Updated at most once a minute, so heavy use does not turn reads into writes.</summary>
    public DateTime? LastUsedAt { get; set; }

    /// <summary>Set when revoked; a revoked key never authenticates again.</summary>
    public DateTime? RevokedAt { get => revokedAt; init => revokedAt = value; }

    /// <summary>Stops the key: from the next request on it is refused. Revoking it again is a mistake, reported with when it happened.</summary>
    public RuleBreak? Revoke(DateTime now)
    {
        if (revokedAt is { } at)
        {
            return RuleBreak.Conflict($"This key was revoked already, at {at:yyyy-MM-dd HH:mm} UTC.");
        }

        revokedAt = now;
        return null;
    }
}
