using GraphQL.Types;

namespace Icn.Graph.Membership;

internal sealed class ApplicationEvidenceInputType : InputObjectGraphType
{
    public ApplicationEvidenceInputType()
    {
        Name = "ApplicationEvidenceInput";
        Description = "The evidence for one criterion.";
        Field<NonNullGraphType<ApplicationCriterionGraphType>>("criterion").Description("The criterion (each one exactly once per application).");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"How the cluster meets it, in plain text, at most {SubmittedApplication.EvidenceLength} characters.");
    }
}
