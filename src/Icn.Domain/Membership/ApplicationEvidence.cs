namespace Icn.Domain.Membership;

/// <summary>The applicant's evidence for one criterion.</summary>
public sealed class ApplicationEvidence
{
    public const int TextLength = 4000;

    public ApplicationCriterion Criterion { get; set; }

    public required string Text { get; set; }
}
