namespace Icn.Domain.Clusters;

/// <summary>How many companies, research institutions and public authorities a cluster counts.</summary>
public sealed class TripleHelix
{
    public int Companies { get; set; }

    public int ResearchInstitutions { get; set; }

    public int PublicAuthorities { get; set; }
}
