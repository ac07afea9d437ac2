using GraphQL;
using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Graph.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// Reads <c>SubmitApplicationInput</c> into the applicant cluster and its application, reporting
/// every mistake at once with its input path: the applicant has no account and no other channel,
/// so the answer must say precisely what to fix.
/// </summary>
internal static class SubmittedApplication
{
    public const int NameLength = 200;
    public const int DescriptionLength = 5000;
    public const int CityLength = 120;
    public const int UrlLength = 500;
    public const int MaxCount = 1_000_000;
    public const int ContactNameLength = 200;
    public const int EmailLength = 320;
    public const int EvidenceLength = 4000;
    private const int SlugLength = 80;

    /// <summary>The new cluster (membership APPLICANT) and its SUBMITTED application; null when the input has errors.</summary>
    public static async Task<Application?> ReadAsync(MutationInput input, MutationContext mutation, string tokenHash)
    {
        var cluster = new Cluster
        {
            Slug = "",
            Name = input.Text("clusterName", NameLength) ?? "",
            Description = input.Text("description", DescriptionLength) ?? "",
            CountryCode = input.Required<string>("countryCode"),
            City = input.Text("city", CityLength, required: false),
            Website = input.Text("website", UrlLength, required: false),
            MemberCount = input.Number("memberCount", 0, MaxCount) ?? 0,
            Membership = { Status = MembershipStatus.Applicant },
        };
        if (input.Nested("helix") is { } helix)
        {
            cluster.Helix = ReadHelix(helix);
        }

        var application = new Application
        {
            Cluster = cluster,
            Status = ApplicationStatus.Submitted,
            TokenHash = tokenHash,
            ContactName = input.Text("contactName", ContactNameLength),
            ContactEmail = ReadEmail(input),
            Evidence = ReadEvidence(input),
            SubmittedAt = mutation.Now,
        };

        var regionId = await ReadRegionAsync(input, mutation);
        var sectors = await input.SectorsAsync("sectorIds", mutation);
        if (sectors is { Count: 0 })
        {
            input.Invalid("sectorIds", "'sectorIds' must name at least one sector.");
        }

        if (!input.IsValid)
        {
            return null;
        }

        cluster.RegionId = regionId!.Value;
        cluster.Sectors.AddRange(sectors!);
        cluster.Slug = await UniqueSlugs.ClaimAsync(mutation.Db.Clusters.Select(c => c.Slug), cluster.Name, "cluster", SlugLength, mutation.CancellationToken);
        return application;
    }

    private static TripleHelix ReadHelix(MutationInput helix) => new()
    {
        Companies = helix.Number("companies", 0, MaxCount) ?? 0,
        ResearchInstitutions = helix.Number("researchInstitutions", 0, MaxCount) ?? 0,
        PublicAuthorities = helix.Number("publicAuthorities", 0, MaxCount) ?? 0,
    };

    private static string? ReadEmail(MutationInput input)
    {
        var email = input.Text("contactEmail", EmailLength);
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            input.Invalid("contactEmail", "'contactEmail' must be an e-mail address such as name@example.org.");
            return null;
        }

        return email;
    }

    private static async Task<Guid?> ReadRegionAsync(MutationInput input, MutationContext mutation)
    {
        if (input.Id("regionId", "Region") is not { } regionId)
        {
            return null;
        }

        if (!await mutation.Db.Regions.AnyAsync(r => r.Id == regionId, mutation.CancellationToken))
        {
            input.Add(new NotFoundUserError("No region has this id.", input.PathOf("regionId")));
            return null;
        }

        return regionId;
    }

    /// <summary>Exactly one piece of evidence for each criterion: a repeat is reported on the repeating item, the missing ones on the list.</summary>
    private static List<ApplicationEvidence> ReadEvidence(MutationInput input)
    {
        var evidence = new List<ApplicationEvidence>();
        var given = new HashSet<ApplicationCriterion>();
        foreach (var item in input.Items("evidence") ?? [])
        {
            var criterion = item.Required<ApplicationCriterion>("criterion");
            var text = item.Text("text", EvidenceLength);
            if (!given.Add(criterion))
            {
                item.Invalid("criterion", $"{NameOf(criterion)} has evidence already; give each criterion exactly once.");
            }
            else if (text is not null)
            {
                evidence.Add(new ApplicationEvidence { Criterion = criterion, Text = text });
            }
        }

        var missing = Enum.GetValues<ApplicationCriterion>().Where(c => !given.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            input.Invalid("evidence", $"Evidence is missing for {string.Join(", ", missing.Select(NameOf))}; give one for each of the {Enum.GetValues<ApplicationCriterion>().Length} criteria.");
        }

        return evidence;
    }

    /// <summary>The criterion as the schema names it (TRIPLE_HELIX), for messages.</summary>
    private static string NameOf(ApplicationCriterion criterion) => criterion.ToString().ToConstantCase();
}
