using GraphQL.Types;
using Icn.GraphQL.Schema;
using Icn.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Plugins;

/// <summary>What a module may add to the API. Every method returns the builder, to chain.</summary>
public interface INetworkModuleBuilder
{
    /// <summary>
    /// The services of the API, for what the module's own parts need (options, its services). Graph
    /// types reached from the module's fields need no registration: the schema finds them.
    /// </summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// Root query fields. <paramref name="position"/> places them in the printed schema (the public
    /// contract): fields are printed in ascending position, so a new module never reorders the
    /// fields websites already read. The network's areas use 10–999; plugins 1000 and above.
    /// </summary>
    INetworkModuleBuilder AddQueryFields<TFields>(int position)
        where TFields : class, IRootFields;

    /// <summary>Root mutation fields, placed as <see cref="AddQueryFields{TFields}"/> places query fields.</summary>
    INetworkModuleBuilder AddMutationFields<TFields>(int position)
        where TFields : class, IRootFields;

    /// <summary>A graph type that no field names but the schema must hold (an implementation of an interface).</summary>
    INetworkModuleBuilder AddGraphType<TGraphType>()
        where TGraphType : class, IGraphType;

    /// <summary>Batched loaders, one instance per request, so fields of a list share one query.</summary>
    INetworkModuleBuilder AddLoaders<TLoaders>()
        where TLoaders : class;

    /// <summary>A workflow activity type the designer offers and definitions may use.</summary>
    INetworkModuleBuilder AddActivity<TActivity>()
        where TActivity : class, IActivityType, new();

    /// <summary>A reaction to a domain event, run after the change that raised it is saved.</summary>
    INetworkModuleBuilder AddEventHandler<TEvent, THandler>()
        where TEvent : class
        where THandler : class, IDomainEventHandler<TEvent>;
}
