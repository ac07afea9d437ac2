using Icn.GraphQL.Schema;
using Icn.Plugins;

namespace Icn.Graph.Engine.Mutations;

/// <summary>An area's mutations; its module places them with <see cref="INetworkModuleBuilder.AddMutationFields{TFields}"/>.</summary>
internal interface IMutationFields : IRootFields;
