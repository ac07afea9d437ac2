using Icn.Domain.Membership;
using Icn.Graph.Schema;

namespace Icn.Graph.Applications;

internal sealed class ApplicationCriterionGraphType : DescribedEnumGraphType<ApplicationCriterion>
{
    public ApplicationCriterionGraphType()
        : base("A criterion every candidate cluster must meet, with evidence in its application.", new Dictionary<ApplicationCriterion, string>
        {
            [ApplicationCriterion.TripleHelix] = "Its members span the triple helix: companies, research institutions and public authorities.",
            [ApplicationCriterion.TrackRecord] = "A track record of cluster activities.",
            [ApplicationCriterion.InternationalStakeholders] = "Relations with international stakeholders.",
            [ApplicationCriterion.LargeMemberBase] = "A large member base.",
            [ApplicationCriterion.BroadCleantechFocus] = "A broad cleantech focus.",
            [ApplicationCriterion.InternationalStrategy] = "An international strategy.",
            [ApplicationCriterion.ResourceCommitment] = "Resources committed to taking part in the network.",
        })
    {
        Name = "ApplicationCriterion";
    }
}
