using System.ComponentModel;
using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Icn.Graph.Engine.Mutations;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Membership;

// The inputs of the applicant's mutations and the Secretariat's erasure. A field written to an
// application takes its limit from Application, one that becomes the cluster's from Cluster, as
// their EF configurations do.

/// <summary>The input of submitApplication: the applicant cluster, its contact person and its evidence.</summary>
internal sealed record SubmitApplicationInput
{
    [Text(Cluster.NameLength), Description("The cluster's name, at most {max} characters.")]
    public string ClusterName { get; init; } = "";

    [Text(Cluster.DescriptionLength), Description("What the cluster is and does, in plain text, at most {max} characters.")]
    public string Description { get; init; } = "";

    [GraphType(typeof(CountryCodeGraphType)), Description("The country the cluster is based in.")]
    public string CountryCode { get; init; } = "";

    [Id("Region"), Description("The world region the cluster belongs to.")]
    public Guid RegionId { get; init; }

    [Text(Cluster.CityLength), Description("The city the cluster is based in, at most {max} characters.")]
    public string? City { get; init; }

    [Text(Cluster.UrlLength), GraphType(typeof(UrlGraphType)), Description("The cluster's own website, at most {max} characters.")]
    public string? Website { get; init; }

    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("The cleantech sectors the cluster focuses on: at least one, at most {max}.")]
    public IReadOnlyList<Guid> SectorIds { get; init; } = [];

    [Range(0, Cluster.MaxCount), Description("The size of the cluster's member base (zero or more).")]
    public int MemberCount { get; init; }

    [Description("How the member base divides into the triple helix.")]
    public ApplicationHelixInput Helix { get; init; } = new();

    [Text(Application.ContactNameLength), Description("The applicant's contact person, at most {max} characters.")]
    public string ContactName { get; init; } = "";

    [Text(Application.ContactEmailLength), Description("The contact person's e-mail address.")]
    public string ContactEmail { get; init; } = "";

    [Description("The evidence: exactly one for each criterion.")]
    public IReadOnlyList<ApplicationEvidenceInput> Evidence { get; init; } = [];

    /// <summary>The applicant cluster these fields describe (not public while an APPLICANT), without its slug and sectors.</summary>
    public Cluster ToApplicantCluster(Guid regionId) => new()
    {
        Slug = "",
        Name = ClusterName,
        Description = Description,
        CountryCode = CountryCode,
        RegionId = regionId,
        City = City,
        Website = Website,
        MemberCount = MemberCount,
        Helix = Helix.ToHelix(),
    };
}

/// <summary>The triple-helix counts of an application: all three, unlike an update's, which may leave some out.</summary>
[InputType("ApplicationHelixInput", "How the applicant's member base divides into the triple helix.")]
internal sealed record ApplicationHelixInput
{
    [Range(0, Cluster.MaxCount), Description("Companies among the cluster's members (zero or more).")]
    public int Companies { get; init; }

    [Range(0, Cluster.MaxCount), Description("Universities and research institutions among the cluster's members (zero or more).")]
    public int ResearchInstitutions { get; init; }

    [Range(0, Cluster.MaxCount), Description("Public authorities among the cluster's members (zero or more).")]
    public int PublicAuthorities { get; init; }

    public TripleHelix ToHelix() => new() { Companies = Companies, ResearchInstitutions = ResearchInstitutions, PublicAuthorities = PublicAuthorities };
}

/// <summary>The evidence for one criterion.</summary>
[InputType("ApplicationEvidenceInput", "The evidence for one criterion.")]
internal sealed record ApplicationEvidenceInput
{
    [Description("The criterion (each one exactly once per application).")]
    public ApplicationCriterion Criterion { get; init; }

    [Text(ApplicationEvidence.TextLength), Description("How the cluster meets it, in plain text, at most {max} characters.")]
    public string Text { get; init; } = "";

    public ApplicationEvidence ToEvidence() => new() { Criterion = Criterion, Text = Text };
}

/// <summary>The input of respondToInformationRequest.</summary>
internal sealed record RespondToInformationRequestInput
{
    [Verbatim, Description("The applicant token given by `submitApplication`.")]
    public string Token { get; init; } = "";

    [Text(Application.NotesLength), Description("The answer, in plain text, at most {max} characters.")]
    public string Response { get; init; } = "";
}

/// <summary>The input of withdrawApplication.</summary>
internal sealed record WithdrawApplicationInput
{
    [Verbatim, Description("The applicant token given by `submitApplication`.")]
    public string Token { get; init; } = "";

    [Text(Application.WithdrawalReasonLength), Description("Why, if the applicant wants to say, at most {max} characters; kept as the application's `decisionReason`.")]
    public string? Reason { get; init; }
}

/// <summary>The input of eraseApplicantContact.</summary>
internal sealed record EraseApplicantContactInput
{
    [Id("Application"), Description("The application.")]
    public Guid Id { get; init; }
}
