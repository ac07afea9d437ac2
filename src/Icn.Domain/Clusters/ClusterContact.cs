namespace Icn.Domain.Clusters;

/// <summary>The cluster's contact person: personal data, never public.</summary>
public sealed class ClusterContact
{
    public const int NameLength = 200;

    /// <summary>The longest address RFC 5321 allows.</summary>
    public const int EmailLength = 320;

    public const int PhoneLength = 40;

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Forgets the contact person altogether: personal data is removed whole, not field by field.</summary>
    public void Forget() => Name = Email = Phone = null;
}
