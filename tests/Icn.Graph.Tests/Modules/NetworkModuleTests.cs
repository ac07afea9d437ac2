using System.Collections.Concurrent;
using GraphQL.Types;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Graph.Engine.Modules;
using Icn.Graph.Tests.Infrastructure;
using Icn.GraphQL.Schema;
using Icn.Plugins;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Modules;

/// <summary>
/// A module built outside Icn.Graph (here: in the test assembly, as a region's plugin would be)
/// adds a root field and reacts to a domain event through the public contract alone; the contract
/// refuses what would make the schema's order or the modules' identity ambiguous.
/// </summary>
public sealed class NetworkModuleTests : IAsyncLifetime
{
    private const string Password = "Demo-Correct-Horse-9x";
    private readonly PublishedOpportunities published = new();
    private IcnApiFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("modules"),
            services: services => services.AddSingleton(published).AddNetworkModules([new ProbeModule()]),
            settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = Password });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await TestDatabase.DropAsync(factory.ConnectionString);
    }

    [Fact]
    public async Task A_module_from_another_assembly_adds_a_root_field_after_the_networks_own()
    {
        var answer = await new GraphQLClient(factory.CreateClient()).PostAsync("{ moduleProbe }");
        Assert.Empty(answer.Errors);
        Assert.Equal("probe", answer.Data!["moduleProbe"]!.GetValue<string>());

        var schema = factory.Services.GetRequiredService<ISchema>();
        Assert.Equal("moduleProbe", schema.Query.Fields.Last().Name);
    }

    [Fact]
    public async Task A_modules_reaction_gets_the_event_once_the_publication_is_saved_and_not_for_a_refused_one()
    {
        _ = factory.Server;
        await using var db = factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext();
        var cluster = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).OrderBy(c => c.Slug).Select(c => new { c.Id, c.Slug }).FirstAsync();
        var client = factory.CreateClient();
        var editor = BearerSignIn.Authorized(client, await BearerSignIn.TokenAsync(client, $"editor.{cluster.Slug}@demo.icn", Password)
            ?? throw new InvalidOperationException("The demo editor could not sign in."));
        var created = (await editor.PostAsync(
            "mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } errors { message } } }",
            new { input = new { clusterId = Icn.GraphQL.Relay.GlobalId.Encode("Cluster", cluster.Id), kind = "TENDER", title = "Module probe", summary = "A tender.", body = "Details." } }))
            .Succeeded("createOpportunity", "opportunity");
        var id = created["id"]!.GetValue<string>();
        const string Publish = "mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { opportunity { id } errors { message } } }";

        (await editor.PostAsync(Publish, new { input = new { id, version = 1 } })).Succeeded("publishOpportunity", "opportunity");
        var again = await editor.PostAsync(Publish, new { input = new { id, version = 2 } });

        Assert.NotEmpty(again.Data!["publishOpportunity"]!["errors"]!.AsArray());
        var key = (Icn.GraphQL.Relay.GlobalId.TryDecode(id, out var decoded) ? decoded.Key : Guid.Empty);
        Assert.Equal([key], published.Ids.ToArray());
    }

    [Fact]
    public void Two_modules_asking_for_one_position_are_refused_at_start()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddNetworkModules([new ProbeModule(), new ClashingModule()]));
        Assert.Contains("position 1000", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_built_for_another_contract_version_is_refused_by_name()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddNetworkModules([new FutureModule()]));
        Assert.Contains("'Future'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("contract version 2", refusal.Message, StringComparison.Ordinal);
    }

    public sealed class PublishedOpportunities
    {
        public ConcurrentQueue<Guid> Ids { get; } = new();
    }

    public sealed class ProbeModule : INetworkModule
    {
        public string Name => "Probe";

        public void Register(INetworkModuleBuilder module) => module
            .AddQueryFields<ProbeFields>(position: 1000)
            .AddEventHandler<OpportunityPublished, RecordPublication>();
    }

    public sealed class ClashingModule : INetworkModule
    {
        public string Name => "Clashing";

        public void Register(INetworkModuleBuilder module) => module.AddQueryFields<ProbeFields>(position: 1000);
    }

    public sealed class FutureModule : INetworkModule
    {
        public string Name => "Future";

        public int ContractVersion => ModuleContract.MajorVersion + 1;

        public void Register(INetworkModuleBuilder module)
        {
        }
    }

    public sealed class ProbeFields : IRootFields
    {
        public void AddTo(ObjectGraphType root) =>
            root.Field<NonNullGraphType<StringGraphType>>("moduleProbe").Description("A test module's field.").Resolve(_ => "probe");
    }

    public sealed class RecordPublication(PublishedOpportunities published) : IDomainEventHandler<OpportunityPublished>
    {
        public Task HandleAsync(OpportunityPublished domainEvent, CancellationToken cancellationToken)
        {
            published.Ids.Enqueue(domainEvent.OpportunityId);
            return Task.CompletedTask;
        }
    }
}
