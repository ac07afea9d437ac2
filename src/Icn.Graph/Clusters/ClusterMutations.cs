using System.Text.RegularExpressions;
using GraphQL.Types;
using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Clusters;

/// <summary>
/// Writing a cluster's profile: an editor their own cluster's, the Secretariat and admins any.
/// The slug stays (websites link to it), and the membership status changes only through the
/// membership workflow, so neither is an input here.
/// </summary>
internal sealed partial class ClusterMutations : IMutationFields
{
    private const int NameLength = 200;
    private const int DescriptionLength = 5000;
    private const int CityLength = 120;
    private const int UrlLength = 500;
    private const int StrategyLength = 5000;
    private const int EarliestFoundedYear = 1800;
    private const int MaxCount = 1_000_000;
    private const int ContactNameLength = 200;
    private const int EmailLength = 320;
    private const int PhoneLength = 40;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("updateCluster", "Changes a cluster's profile; fields left out keep their value. The slug and the membership status are not changed here.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The cluster (an editor's own).");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
                input.Field<StringGraphType>("name").Description($"The cluster's name, at most {NameLength} characters.");
                input.Field<StringGraphType>("description").Description($"What the cluster is and does, in plain text, at most {DescriptionLength} characters.");
                input.Field<StringGraphType>("city").Description($"The city the cluster is based in, at most {CityLength} characters; null removes it.");
                input.Field<UrlGraphType>("website").Description($"The cluster's own website, at most {UrlLength} characters; null removes it.");
                input.Field<UrlGraphType>("logoUrl").Description($"An image of the cluster's logo, at most {UrlLength} characters; null removes it.");
                input.Field<IntGraphType>("foundedYear").Description($"The year the cluster was founded, from {EarliestFoundedYear} to this year; null removes it.");
                input.Field<IntGraphType>("memberCount").Description("The size of the cluster's own member base (zero or more).");
                input.Field<TripleHelixInputType>("helix").Description("How the member base divides into the triple helix; counts left out keep their value.");
                input.Field<StringGraphType>("internationalStrategy").Description($"A summary of the cluster's international strategy, at most {StrategyLength} characters; null removes it.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description($"The cluster's sectors (replacing the current ones), at most {ReferenceInputs.MaxSectors}.");
                input.Field<ContactInputType>("contact").Description("The cluster's contact person; fields left out keep their value, null removes the whole contact.");
            })
            .Returns<ClusterType>("cluster", "The cluster as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);
    }

    private static async Task<Payload> UpdateAsync(MutationInput input, MutationContext mutation)
    {
        if (input.Id("id", "Cluster") is not { } id)
        {
            return Payload.Failed(input.Errors);
        }

        IQueryable<Cluster> rows = mutation.Db.Clusters;
        if (input.Has("sectorIds"))
        {
            rows = rows.Include(c => c.Sectors);
        }

        var cluster = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(c => c.Id == id, mutation.CancellationToken);
        if (cluster is null)
        {
            return Payload.Failed(new NotFoundUserError("No cluster you can see has this id.", input.PathOf("id")));
        }

        if ((mutation.RequireActingFor(cluster.Id, input.PathOf("id"), "profile")
            ?? mutation.RequireVersion(cluster, input.Required<int>("version"))) is { } refusal)
        {
            return Payload.Failed(refusal);
        }

        ApplyProfile(input, mutation, cluster);
        if (input.Nested("helix") is { } helix)
        {
            ApplyHelix(helix, cluster.Helix);
        }
        else if (input.Has("helix"))
        {
            input.Invalid("helix", "'helix' cannot be cleared; send the counts to change.");
        }

        if (input.Nested("contact") is { } contact)
        {
            ApplyContact(contact, cluster.Contact);
        }
        else if (input.Has("contact"))
        {
            // An explicit null removes the contact person altogether.
            cluster.Contact.Name = cluster.Contact.Email = cluster.Contact.Phone = null;
        }

        if (input.Has("sectorIds") && await input.SectorsAsync("sectorIds", mutation) is { } sectors)
        {
            cluster.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(cluster);
        }

        return await mutation.SaveAsync(cluster);
    }

    private static void ApplyProfile(MutationInput input, MutationContext mutation, Cluster cluster)
    {
        // Any error stops the save, so a field read as null because it was wrong is never written.
        if (input.Has("name") && input.Text("name", NameLength) is { } name)
        {
            cluster.Name = name;
        }

        if (input.Has("description") && input.Text("description", DescriptionLength) is { } description)
        {
            cluster.Description = description;
        }

        if (input.Has("city"))
        {
            cluster.City = input.Text("city", CityLength, required: false);
        }

        if (input.Has("website"))
        {
            cluster.Website = input.Text("website", UrlLength, required: false);
        }

        if (input.Has("logoUrl"))
        {
            cluster.LogoUrl = input.Text("logoUrl", UrlLength, required: false);
        }

        if (input.Has("foundedYear"))
        {
            cluster.FoundedYear = input.Number("foundedYear", EarliestFoundedYear, mutation.Today.Year);
        }

        if (input.NonNullNumber("memberCount", 0, MaxCount) is { } memberCount)
        {
            cluster.MemberCount = memberCount;
        }

        if (input.Has("internationalStrategy"))
        {
            cluster.InternationalStrategy = input.Text("internationalStrategy", StrategyLength, required: false);
        }
    }

    private static void ApplyHelix(MutationInput helix, TripleHelix counts)
    {
        counts.Companies = helix.NonNullNumber("companies", 0, MaxCount) ?? counts.Companies;
        counts.ResearchInstitutions = helix.NonNullNumber("researchInstitutions", 0, MaxCount) ?? counts.ResearchInstitutions;
        counts.PublicAuthorities = helix.NonNullNumber("publicAuthorities", 0, MaxCount) ?? counts.PublicAuthorities;
    }

    private static void ApplyContact(MutationInput contact, ClusterContact person)
    {
        if (contact.Has("name"))
        {
            person.Name = contact.Text("name", ContactNameLength, required: false);
        }

        if (contact.Has("email"))
        {
            person.Email = contact.Text("email", EmailLength, required: false);
            if (person.Email is { } email && !EmailAddresses.IsValid(email))
            {
                contact.Invalid("email", "'email' must be an e-mail address such as name@example.org.");
            }
        }

        if (contact.Has("phone"))
        {
            person.Phone = contact.Text("phone", PhoneLength, required: false);
            if (person.Phone is { } phone && !PhoneNumber().IsMatch(phone))
            {
                contact.Invalid("phone", "'phone' must be a phone number: digits with spaces, '+', '-', '(', ')', '.' or '/'.");
            }
        }
    }

    /// <summary>Loose on purpose: numbers are written in many national styles; this keeps out only what is not a number.</summary>
    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]{3,}$")]
    private static partial Regex PhoneNumber();
}
