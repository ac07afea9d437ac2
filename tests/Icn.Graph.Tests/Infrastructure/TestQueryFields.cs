using Icn.Graph.Engine.Modules;
using Icn.GraphQL.Schema;
using Icn.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>A test's own root query fields (a field that fails, one that is slow), added as a module adds its own: after every area's.</summary>
internal static class TestQueryFields
{
    public static IServiceCollection AddTestQueryFields<TFields>(this IServiceCollection services)
        where TFields : class, IRootFields =>
        services.AddNetworkModules([new TestFieldsModule<TFields>()]);

    private sealed class TestFieldsModule<TFields> : INetworkModule
        where TFields : class, IRootFields
    {
        public string Name => "Test fields " + typeof(TFields).Name;

        public void Register(INetworkModuleBuilder module) => module.AddQueryFields<TFields>(position: 9000);
    }
}
