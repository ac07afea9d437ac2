using GraphQL;
using Icn.Domain.Access;
using Icn.Domain.Audit;
using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Obligations;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Graph.Http;
using Icn.GraphQL.Http;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Membership;
using Icn.Graph.Obligations;
using Icn.Graph.Audit;
using Icn.Graph.Clusters;
using Icn.Graph.Content;
using Icn.Graph.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Errors;
using Icn.GraphQL.Errors;
using Icn.Graph.Events;
using Icn.GraphQL.Filtering;
using Icn.Graph.Knowledge;
using Icn.Graph.Mutations;
using Icn.Graph.Members;
using Icn.Graph.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Opportunities;
using Icn.Graph.Regions;
using Icn.Graph.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Search;
using Icn.Graph.Sectors;
using Icn.Graph.Documents;
using Icn.Graph.Staff;
using Icn.Graph.Workflows;
using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;
using Icn.GraphQL;
using Microsoft.EntityFrameworkCore;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Schema;

internal static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL engine around the network's schema (with what it needs to know of the network's
    /// callers and database), the trusted documents, and each area's root fields, loaders and node sources.
    /// </summary>
    public static IServiceCollection AddIcnGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ICallerRules, NetworkCallerRules>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution, TrustedDocumentHandler>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<global::GraphQL.PersistedDocuments.IPersistedDocumentLoader>(sp => sp.GetRequiredService<TrustedDocumentStore>());
        services.AddSingleton<DocumentCheck>();
        services.AddGraphQLEngine(
            configuration,
            graphQL => graphQL
                .AddSchema<IcnSchema>()
                .AddGraphTypes(typeof(IcnSchema).Assembly),
            engine =>
            {
                engine.InputProblem = PostgresInputProblems.Of;
                // ILIKE, which the trigram indexes of the filtered text columns serve.
                engine.CaseInsensitiveLike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
                    nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)]);
            });

        services.AddOptions<MarkdownBounds>().BindConfiguration(MarkdownBounds.Section);
        services.AddSingleton<MarkdownHtml>();
        services.AddViewer();

        // The order of the root fields in the schema follows the order of these registrations.
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, ViewerQueries>();
        services.AddSingleton<IQueryFields, RegionQueries>();
        services.AddSingleton<IQueryFields, SectorQueries>();
        services.AddSingleton<IQueryFields, ClusterQueries>();
        services.AddSingleton<IQueryFields, MemberQueries>();
        services.AddSingleton<IQueryFields, OpportunityQueries>();
        services.AddSingleton<IQueryFields, EventQueries>();
        services.AddSingleton<IQueryFields, ArticleQueries>();
        services.AddSingleton<IQueryFields, SearchQueries>();
        services.AddSingleton<IQueryFields, UserQueries>();
        services.AddSingleton<IQueryFields, ApiKeyQueries>();
        services.AddSingleton<IQueryFields, ObligationQueries>();
        services.AddSingleton<IQueryFields, AuditLogQueries>();
        services.AddSingleton<IQueryFields, WorkflowDefinitionQueries>();
        services.AddSingleton<IQueryFields, WorkflowRuntimeQueries>();
        services.AddSingleton<IQueryFields, ApplicationQueries>();

        // The order of the mutations follows the order of these registrations.
        services.AddSingleton<IMutationFields, ClusterMutations>();
        services.AddSingleton<IMutationFields, MemberMutations>();
        services.AddSingleton<IMutationFields, OpportunityMutations>();
        services.AddSingleton<IMutationFields, ArticleMutations>();
        services.AddSingleton<IMutationFields, BenchmarkMutations>();
        services.AddSingleton<IMutationFields, UserMutations>();
        services.AddSingleton<IMutationFields, ApiKeyMutations>();
        services.AddSingleton<IMutationFields, TrustedDocumentMutations>();
        services.AddSingleton<IMutationFields, EventMutations>();
        services.AddSingleton<IMutationFields, EventRegistrationMutations>();
        services.AddSingleton<IMutationFields, FeeMutations>();
        services.AddSingleton<IMutationFields, WorkflowDefinitionMutations>();
        services.AddSingleton<IMutationFields, WorkflowInstanceMutations>();
        services.AddSingleton<IMutationFields, WorkflowTaskMutations>();
        services.AddSingleton<IMutationFields, ApplicationMutations>();

        services.AddScoped<RegionDataLoaders>();
        services.AddScoped<SectorDataLoaders>();
        services.AddScoped<ClusterDataLoaders>();
        services.AddScoped<OpportunityDataLoaders>();
        services.AddScoped<EventDataLoaders>();
        services.AddScoped<BenchmarkDataLoaders>();
        services.AddScoped<UserDataLoaders>();
        services.AddScoped<WorkflowDefinitionDataLoaders>();
        services.AddScoped<WorkflowRuntimeDataLoaders>();
        services.AddScoped<SubjectLoader>();
        services.AddScoped<ApplicationDataLoaders>();

        services.AddNodeSource<Region>("Region", (rows, _) => rows);
        services.AddNodeSource<Sector>("Sector", (rows, _) => rows);
        services.AddNodeSource<Cluster>("Cluster", (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<Member>("Member", (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<Opportunity>("Opportunity", (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<NetworkEvent>("Event", (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<Article>("Article", (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<Benchmark>("Benchmark", (rows, viewer) => rows.VisibleTo(viewer));
        // Accounts, keys and the log are not entities of the network; only their managers find them.
        services.AddNodeSource<StaffUser>("User", u => u.Id, (rows, viewer) => viewer.IsInRole(StaffRoles.Admin) ? rows : rows.Where(_ => false));
        services.AddNodeSource<StoredWorkflowDefinition>("WorkflowDefinition", d => d.Id, (rows, viewer) => viewer.IsInRole(StaffRoles.Admin) ? rows : rows.Where(_ => false));
        services.AddNodeSource<WorkflowInstance>("WorkflowInstance", i => i.Id, (rows, viewer) => viewer.ActsForEveryCluster ? rows : rows.Where(_ => false));
        services.AddNodeSource<WorkflowTask>("WorkflowTask", t => t.Id, (rows, viewer) => viewer.ActsForEveryCluster ? rows : WorkflowRuntimeQueries.TasksFor(rows, viewer));
        services.AddNodeSource<ApiKey>("ApiKey", k => k.Id, (rows, viewer) => viewer.IsInRole(StaffRoles.Admin) ? rows : rows.Where(_ => false));
        services.AddNodeSource<AuditEntry>("AuditEntry", e => e.Id, (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<EventRegistration>("EventRegistration", (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<FeeInvoice>("FeeInvoice", (rows, viewer) => rows.VisibleTo(viewer));
        services.AddNodeSource<OpportunityInterest>("Interest", (rows, viewer) => rows.VisibleTo(viewer));
        // The applicant reads theirs through applicationByToken only; node(id) serves the network's staff.
        services.AddNodeSource<Application>("Application", (rows, viewer) => viewer.SeesRestrictedData ? rows : rows.Where(_ => false));
        return services;
    }
}
