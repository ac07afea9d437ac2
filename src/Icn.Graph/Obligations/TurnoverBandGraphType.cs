using Icn.Domain.Obligations;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Obligations;

internal sealed class TurnoverBandGraphType : DescribedEnumGraphType<TurnoverBand>
{
    public TurnoverBandGraphType()
        : base("The cluster organisation's yearly turnover, in bands so figures stay comparable and discreet.", new Dictionary<TurnoverBand, string>
        {
            [TurnoverBand.UnderOneMillion] = "Under EUR 1 million.",
            [TurnoverBand.OneToFiveMillion] = "EUR 1 to 5 million.",
            [TurnoverBand.FiveToTwentyMillion] = "EUR 5 to 20 million.",
            [TurnoverBand.OverTwentyMillion] = "Over EUR 20 million.",
        })
    {
        Name = "TurnoverBand";
    }
}
