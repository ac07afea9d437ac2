using Icn.Plugins;

namespace Icn.Graph.Schema;

/// <summary>An area's root query fields; its module places them with <see cref="INetworkModuleBuilder.AddQueryFields{TFields}"/>.</summary>
internal interface IQueryFields : IRootFields;
