using Icn.Domain.Knowledge;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Knowledge;

internal sealed class ArticleStatusGraphType : DescribedEnumGraphType<ArticleStatus>
{
    public ArticleStatusGraphType()
        : base("Where an article is in its life: written as a draft, public once published.", new Dictionary<ArticleStatus, string>
        {
            [ArticleStatus.Draft] = "Being written: visible to its cluster's editors and the network's staff only.",
            [ArticleStatus.Published] = "Public: on the network's and the members' websites.",
        })
    {
        Name = "ArticleStatus";
    }
}
