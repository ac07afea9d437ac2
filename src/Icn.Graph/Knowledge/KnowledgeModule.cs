using Icn.Domain.Knowledge;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Knowledge;

/// <summary>Knowledge articles: news, case studies, reports.</summary>
internal sealed class KnowledgeModule : INetworkModule
{
    public string Name => "Knowledge";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<ArticleQueries>(position: 90)
            .AddMutationFields<ArticleMutations>(position: 40);
        module.Services.AddNodeSource<Article>("Article", (rows, viewer) => rows.VisibleTo(viewer));
    }
}
