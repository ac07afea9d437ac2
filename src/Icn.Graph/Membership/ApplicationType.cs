using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Regions;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Sectors;
using Icn.Graph.Workflows;

namespace Icn.Graph.Membership;

/// <summary>
/// A membership application. Two audiences read it: the network's staff (through <c>applications</c>
/// and <c>node</c>) and its applicant (through <c>applicationByToken</c>, anonymously). Fields only
/// staff may read carry their policy, so an applicant asking for them is refused before execution.
/// </summary>
internal sealed class ApplicationType : ObjectGraphType<Application>
{
    public ApplicationType()
    {
        this.ImplementNode("Application");
        Description = "A cluster's application for membership in ICN, from submission to the Board's decision. Read by the network's staff, and by its applicant with their token (`applicationByToken`).";
        Field<NonNullGraphType<ApplicationStatusGraphType>>("status").Description("Where it stands.").Resolve(context => context.Source.Status);

        Submitted<NonNullGraphType<StringGraphType>>("clusterName", "The applicant cluster's name.", c => c.Name);
        Submitted<NonNullGraphType<StringGraphType>>("description", "What the cluster is and does, in plain text.", c => c.Description);
        Submitted<NonNullGraphType<CountryCodeGraphType>>("countryCode", "The country the cluster is based in.", c => c.CountryCode);
        Submitted<NonNullGraphType<RegionType>>("region", "The world region the cluster belongs to.", c => c.Region);
        Submitted<StringGraphType>("city", "The city the cluster is based in.", c => c.City);
        Submitted<UrlGraphType>("website", "The cluster's own website.", c => c.Website);
        Submitted<NonNullGraphType<IntGraphType>>("memberCount", "The size of the cluster's member base.", c => c.MemberCount);
        Submitted<NonNullGraphType<TripleHelixType>>("helix", "How the cluster's member base divides into the triple helix.", c => c.Helix);
        Submitted<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors", "The cleantech sectors the cluster focuses on, by name.", c => c.Sectors.OrderBy(s => s.Name, StringComparer.Ordinal).ToList());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationEvidenceType>>>>("evidence")
            .Description("The evidence for each criterion, in the criteria's order.")
            .Resolve(context => context.Source.Evidence.OrderBy(e => e.Criterion).ToList());
        Field(a => a.ContactName, nullable: true)
            .Description($"The applicant's contact person; null once erased (some months after a rejection or withdrawal, or at once by `eraseApplicantContact`). Needs {AccessPolicies.Describe(AccessPolicies.Secretariat)}.")
            .AuthorizeWithPolicy(AccessPolicies.Secretariat);
        Field(a => a.ContactEmail, nullable: true)
            .Description($"The contact person's e-mail address; null once erased. Needs {AccessPolicies.Describe(AccessPolicies.Secretariat)}.")
            .AuthorizeWithPolicy(AccessPolicies.Secretariat);
        Field(a => a.SecretariatNotes, nullable: true)
            .Description($"The Secretariat's notes from screening; not shown to the applicant. Needs {AccessPolicies.Describe(AccessPolicies.NetworkStaff)}.")
            .AuthorizeWithPolicy(AccessPolicies.NetworkStaff);
        Field(a => a.InformationRequest, nullable: true).Description("What the Secretariat asked the applicant, if it asked.");
        Field(a => a.InformationResponse, nullable: true).Description("The applicant's answer to the Secretariat's request, if they answered.");
        Field(a => a.SubmittedAt).Description("When it was submitted.");
        Field(a => a.DecidedAt, nullable: true).Description("When it was approved, rejected or withdrawn.");
        Field(a => a.DecisionReason, nullable: true).Description("Why it was rejected or withdrawn.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BoardVoteType>>>>("votes")
            .Description($"The Board members' votes, each time it was presented to the Board: oldest first, by name within one presentation. Needs {AccessPolicies.Describe(AccessPolicies.NetworkStaff)}.")
            .AuthorizeWithPolicy(AccessPolicies.NetworkStaff)
            .Resolve(context => context.RequestServices!.GetRequiredService<ApplicationDataLoaders>().VotesOf.Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowJournalEntryType>>>>("history")
            .Description($"Every step of its workflow, in the order it happened: who did what, when, with which comment. Needs {AccessPolicies.Describe(AccessPolicies.NetworkStaff)}.")
            .AuthorizeWithPolicy(AccessPolicies.NetworkStaff)
            .Resolve(context => context.RequestServices!.GetRequiredService<ApplicationDataLoaders>().HistoryOf.Load(context.Source.Id));
        Field(a => a.ContactErasedAt, nullable: true).Description("When the applicant's contact details were erased; null while kept.");
        Field<ClusterType>("cluster")
            .Description("The cluster, once the application is APPROVED and the cluster a member; null before.")
            .Resolve(context => context.Source.Status == ApplicationStatus.Approved
                ? context.RequestServices!.GetRequiredService<ClusterDataLoaders>().ById.Load(context.Source.ClusterId)
                : null);
    }

    /// <summary>A field of the submitted cluster profile, read from the applicant cluster's row.</summary>
    private void Submitted<TGraphType>(string name, string description, Func<Cluster, object?> read)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name)
            .Description(description)
            .Resolve(context => context.RequestServices!.GetRequiredService<ApplicationDataLoaders>().SubmittedCluster
                .Load(context.Source.ClusterId)
                .Then(cluster => cluster is null ? null : read(cluster)));
}
