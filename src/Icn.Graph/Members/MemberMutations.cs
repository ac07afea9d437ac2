using GraphQL.Types;
using Icn.Domain.Members;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Mutations;
using Icn.Graph.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Members;

/// <summary>Writing a cluster's member list: an editor adds, changes and removes their own cluster's members.</summary>
internal sealed class MemberMutations : IMutationFields
{
    private const int NameLength = 200;
    private const int UrlLength = 500;
    private const int DescriptionLength = 5000;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("createMember", "Adds an organisation to a cluster's member list.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster the organisation belongs to (an editor's own).");
                input.Field<NonNullGraphType<StringGraphType>>("name").Description($"The organisation's name, at most {NameLength} characters.");
                input.Field<NonNullGraphType<MemberKindGraphType>>("kind").Description("Which strand of the triple helix it belongs to.");
                input.Field<CountryCodeGraphType>("countryCode").Description("The country it is based in.");
                input.Field<UrlGraphType>("website").Description($"Its website, at most {UrlLength} characters.");
                input.Field<StringGraphType>("description").Description($"What it does, in plain text, at most {DescriptionLength} characters.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description($"Its sectors, at most {ReferenceInputs.MaxSectors}.");
            })
            .Returns<MemberType>("member", "The new member.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation("updateMember", "Changes a member organisation; fields left out keep their value.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The member.");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
                input.Field<StringGraphType>("name").Description($"The organisation's name, at most {NameLength} characters.");
                input.Field<MemberKindGraphType>("kind").Description("Which strand of the triple helix it belongs to.");
                input.Field<CountryCodeGraphType>("countryCode").Description("The country it is based in; null removes it.");
                input.Field<UrlGraphType>("website").Description($"Its website, at most {UrlLength} characters; null removes it.");
                input.Field<StringGraphType>("description").Description($"What it does, at most {DescriptionLength} characters; null removes it.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description("Its sectors (replacing the current ones).");
            })
            .Returns<MemberType>("member", "The member as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);

        mutation.Mutation("removeMember", "Removes an organisation from its cluster's member list. The audit log keeps what it was.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The member.");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
            })
            .Returns<ClusterType>("cluster", "The cluster the member was removed from.")
            .ReturnsExtra<IdGraphType>("removedMemberId", "The id of the member removed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(RemoveAsync);
    }

    private static async Task<Payload> CreateAsync(MutationInput input, MutationContext mutation)
    {
        var clusterId = input.Id("clusterId", "Cluster");
        var member = new Member
        {
            Name = input.Text("name", NameLength) ?? "",
            Kind = input.Required<MemberKind>("kind"),
            CountryCode = input.Text("countryCode", 2, required: false),
            Website = input.Text("website", UrlLength, required: false),
            Description = input.Text("description", DescriptionLength, required: false),
        };
        var sectors = await input.SectorsAsync("sectorIds", mutation);
        if (clusterId is not { } cluster)
        {
            return Payload.Failed(input.Errors);
        }

        if (mutation.RequireActingFor(cluster, input.PathOf("clusterId"), "members") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(cluster, input.PathOf("clusterId")) is { } missing)
        {
            return Payload.Failed(missing);
        }

        member.ClusterId = cluster;
        member.Sectors.AddRange(sectors ?? []);
        mutation.Db.Members.Add(member);
        return await mutation.SaveAsync(member);
    }

    private static async Task<Payload> UpdateAsync(MutationInput input, MutationContext mutation)
    {
        var (member, refusal) = await LoadForChangeAsync(input, mutation, withSectors: input.Has("sectorIds"));
        if (member is null)
        {
            return refusal!;
        }

        // Any error stops the save, so a field read as null because it was wrong is never written.
        if (input.Has("name") && input.Text("name", NameLength) is { } name)
        {
            member.Name = name;
        }

        member.Kind = input.NonNull<MemberKind>("kind") ?? member.Kind;
        if (input.Has("countryCode"))
        {
            member.CountryCode = input.Text("countryCode", 2, required: false);
        }

        if (input.Has("website"))
        {
            member.Website = input.Text("website", UrlLength, required: false);
        }

        if (input.Has("description"))
        {
            member.Description = input.Text("description", DescriptionLength, required: false);
        }

        if (input.Has("sectorIds") && await input.SectorsAsync("sectorIds", mutation) is { } sectors)
        {
            member.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(member);
        }

        return await mutation.SaveAsync(member);
    }

    private static async Task<Payload> RemoveAsync(MutationInput input, MutationContext mutation)
    {
        var (member, refusal) = await LoadForChangeAsync(input, mutation, withSectors: true);
        if (member is null)
        {
            return refusal!;
        }

        // Its sector links go with it (and are logged with it); the cluster is answered for lists to refresh.
        var cluster = await mutation.Db.Clusters.FirstAsync(c => c.Id == member.ClusterId, mutation.CancellationToken);
        mutation.Db.Members.Remove(member);
        return await mutation.SaveAsync(cluster, new Dictionary<string, object?> { ["removedMemberId"] = GlobalId.Encode("Member", member.Id) });
    }

    /// <summary>The member of <c>input.id</c>, checked for visibility, ownership and version.</summary>
    private static async Task<(Member? Member, Payload? Refusal)> LoadForChangeAsync(MutationInput input, MutationContext mutation, bool withSectors)
    {
        if (input.Id("id", "Member") is not { } id)
        {
            return (null, Payload.Failed(input.Errors));
        }

        IQueryable<Member> rows = mutation.Db.Members;
        if (withSectors)
        {
            rows = rows.Include(m => m.Sectors);
        }

        var member = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(m => m.Id == id, mutation.CancellationToken);
        if (member is null)
        {
            return (null, Payload.Failed(new NotFoundUserError("No member you can see has this id.", input.PathOf("id"))));
        }

        var refusal = mutation.RequireActingFor(member.ClusterId, input.PathOf("id"), "members")
            ?? mutation.RequireVersion(member, input.Required<int>("version"));
        return refusal is null ? (member, null) : (null, Payload.Failed(refusal));
    }
}
