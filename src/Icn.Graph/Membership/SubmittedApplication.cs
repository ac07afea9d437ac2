using GraphQL;
using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Graph.Engine.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// Checks a <see cref="SubmitApplicationInput"/> beyond its fields' rules and makes the applicant
/// cluster and its application from it, reporting every mistake at once with its input path: the
/// applicant has no account and no other channel, so the answer must say precisely what to fix.
/// </summary>
internal static class SubmittedApplication
{
    private const int SlugLength = 80;

    /// <summary>The new cluster (membership APPLICANT) and its SUBMITTED application; null when the input has errors.</summary>
    public static async Task<Application?> ReadAsync(SubmitApplicationInput input, MutationContext mutation, string tokenHash)
    {
        CheckEmail(input, mutation);
        CheckEvidence(input, mutation);
        await CheckRegionAsync(input, mutation);
        var sectors = mutation.Failed(nameof(input.SectorIds)) ? null : await mutation.SectorsAsync(input.SectorIds, nameof(input.SectorIds));
        if (sectors is { Count: 0 })
        {
            mutation.Invalid(nameof(input.SectorIds), "'sectorIds' must name at least one sector.");
        }

        if (!mutation.InputIsValid)
        {
            return null;
        }

        var cluster = input.ToApplicantCluster(input.RegionId);
        cluster.Sectors.AddRange(sectors!);
        cluster.Slug = await UniqueSlugs.ClaimAsync(mutation.Db.Clusters.Select(c => c.Slug), cluster.Name, "cluster", SlugLength, mutation.CancellationToken);
        return Application.Submit(cluster, tokenHash, input.ContactName, input.ContactEmail, [.. input.Evidence.Select(e => e.ToEvidence())], mutation.Now);
    }

    private static void CheckEmail(SubmitApplicationInput input, MutationContext mutation)
    {
        // Empty only when the field's rule failed, which said so already.
        if (input.ContactEmail.Length > 0 && !EmailAddresses.IsValid(input.ContactEmail))
        {
            mutation.Invalid(nameof(input.ContactEmail), "'contactEmail' must be an e-mail address such as name@example.org.");
        }
    }

    private static async Task CheckRegionAsync(SubmitApplicationInput input, MutationContext mutation)
    {
        if (!mutation.Failed(nameof(input.RegionId)) && !await mutation.Db.Regions.AnyAsync(r => r.Id == input.RegionId, mutation.CancellationToken))
        {
            mutation.Reject(new NotFoundUserError("No region has this id.", mutation.PathOf(nameof(input.RegionId))));
        }
    }

    /// <summary>Exactly one piece of evidence for each criterion: a repeat is reported on the repeating item, the missing ones on the list.</summary>
    private static void CheckEvidence(SubmitApplicationInput input, MutationContext mutation)
    {
        var given = new HashSet<ApplicationCriterion>();
        for (var i = 0; i < input.Evidence.Count; i++)
        {
            var criterion = input.Evidence[i].Criterion;
            if (!given.Add(criterion))
            {
                mutation.Reject(new ValidationUserError(
                    $"{NameOf(criterion)} has evidence already; give each criterion exactly once.",
                    mutation.PathOf(nameof(input.Evidence), i, nameof(ApplicationEvidenceInput.Criterion))));
            }
        }

        var missing = Enum.GetValues<ApplicationCriterion>().Where(c => !given.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            mutation.Invalid(nameof(input.Evidence), $"Evidence is missing for {string.Join(", ", missing.Select(NameOf))}; give one for each of the {Enum.GetValues<ApplicationCriterion>().Length} criteria.");
        }
    }

    /// <summary>The criterion as the schema names it (TRIPLE_HELIX), for messages.</summary>
    private static string NameOf(ApplicationCriterion criterion) => criterion.ToString().ToConstantCase();
}
