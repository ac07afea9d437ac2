namespace Icn.Domain.Clusters;

/// <summary>The cluster's contact person: personal data, never public.</summary>
public sealed class ClusterContact
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
