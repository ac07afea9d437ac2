using GraphQL.Types;
using Icn.Domain.Membership;

namespace Icn.Graph.Membership;

internal sealed class ApplicationEvidenceType : ObjectGraphType<ApplicationEvidence>
{
    public ApplicationEvidenceType()
    {
        Name = "ApplicationEvidence";
        Description = "The applicant's evidence for one criterion.";
        Field<NonNullGraphType<ApplicationCriterionGraphType>>("criterion").Description("The criterion.").Resolve(context => context.Source.Criterion);
        Field(e => e.Text).Description("How the cluster meets it, in plain text.");
    }
}
