using GraphQL.Types;
using Icn.GraphQL.Schema;
using Icn.Plugins;
using Icn.Workflows.Activities;

namespace Icn.Graph.Engine.Modules;

/// <summary>The host's side of <see cref="INetworkModuleBuilder"/>: each call becomes a service registration.</summary>
internal sealed class NetworkModuleBuilder(IServiceCollection services) : INetworkModuleBuilder
{
    private readonly Dictionary<(RootKind Root, int Position), Type> positions = [];

    public IServiceCollection Services => services;

    public INetworkModuleBuilder AddQueryFields<TFields>(int position)
        where TFields : class, IRootFields => AddRootFields<TFields>(RootKind.Query, position);

    public INetworkModuleBuilder AddMutationFields<TFields>(int position)
        where TFields : class, IRootFields => AddRootFields<TFields>(RootKind.Mutation, position);

    public INetworkModuleBuilder AddGraphType<TGraphType>()
        where TGraphType : class, IGraphType
    {
        services.AddSingleton(new ExtraGraphType(typeof(TGraphType)));
        return this;
    }

    public INetworkModuleBuilder AddLoaders<TLoaders>()
        where TLoaders : class
    {
        services.AddScoped<TLoaders>();
        return this;
    }

    public INetworkModuleBuilder AddActivity<TActivity>()
        where TActivity : class, IActivityType, new()
    {
        services.AddSingleton<IActivityType>(new TActivity());
        return this;
    }

    public INetworkModuleBuilder AddEventHandler<TEvent, THandler>()
        where TEvent : class
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.AddScoped<IDomainEventHandler<TEvent>, THandler>();
        return this;
    }

    private NetworkModuleBuilder AddRootFields<TFields>(RootKind root, int position)
        where TFields : class, IRootFields
    {
        // Two modules claiming one position would print in an order no one chose; refused at start.
        if (!positions.TryAdd((root, position), typeof(TFields)))
        {
            throw new InvalidOperationException(
                $"{typeof(TFields).Name} and {positions[(root, position)].Name} both ask for position {position} on {root}; give each its own.");
        }

        services.AddSingleton<TFields>();
        services.AddSingleton(new RootFieldsSlot(root, position, typeof(TFields)));
        return this;
    }
}
