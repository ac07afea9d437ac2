using Icn.Domain.Membership;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Membership;

internal sealed class ApplicationCriterionGraphType : DescribedEnumGraphType<ApplicationCriterion>
{
    public ApplicationCriterionGraphType()
        : base("A criterion every candidate cluster must meet, with evidence in its application.", new Dictionary<ApplicationCriterion, string>
        {
            [ApplicationCriterion.TripleHelix] = "A triple-helix organisation: companies, research institutions and public authorities.",
            [ApplicationCriterion.TrackRecord] = "A track record as a leading cluster.",
            [ApplicationCriterion.InternationalStakeholders] = "A strong base of internationally focused stakeholders.",
            [ApplicationCriterion.LargeMemberBase] = "A large member base.",
            [ApplicationCriterion.BroadCleantechFocus] = "A broad cleantech focus.",
            [ApplicationCriterion.InternationalStrategy] = "An international strategy.",
            [ApplicationCriterion.ResourceCommitment] = "Willingness to dedicate resources to ICN activities.",
        })
    {
        Name = "ApplicationCriterion";
    }
}
