using Icn.Domain.Obligations;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Obligations;

internal sealed class ObligationKindGraphType : DescribedEnumGraphType<ObligationKind>
{
    public ObligationKindGraphType()
        : base("What a member cluster owes the network in each membership year.", new Dictionary<ObligationKind, string>
        {
            [ObligationKind.AnnualFee] = "Pay the year's fee invoice by its due date. Met once the invoice is paid.",
            [ObligationKind.NewsUpdates] = "Publish at least one NEWS article in every quarter of the year. Due at the end of the first quarter without one.",
            [ObligationKind.EventParticipation] = "Attend at least one network event in the year (recorded attendance of one person or more; Board meetings and cancelled events do not count).",
            [ObligationKind.Networking] = "Share the network: publish an opportunity, or express interest in another cluster's (not withdrawn), in the year.",
            [ObligationKind.Knowledge] = "Publish at least one knowledge article (BEST_PRACTICE, GUIDE or BENCHMARK_REPORT) in the year.",
            [ObligationKind.Benchmark] = "Submit the cluster's benchmark describing the year.",
        })
    {
        Name = "ObligationKind";
    }
}
