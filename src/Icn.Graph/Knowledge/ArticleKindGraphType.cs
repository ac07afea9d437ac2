using Icn.Domain.Knowledge;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Knowledge;

internal sealed class ArticleKindGraphType : DescribedEnumGraphType<ArticleKind>
{
    public ArticleKindGraphType()
        : base("The kinds of knowledge article members share.", new Dictionary<ArticleKind, string>
        {
            [ArticleKind.News] = "A news update from a cluster.",
            [ArticleKind.BestPractice] = "A best practice in cluster management.",
            [ArticleKind.Guide] = "A guide.",
            [ArticleKind.BenchmarkReport] = "A report on benchmark results.",
        })
    {
        Name = "ArticleKind";
    }
}
