using System.ComponentModel;
using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Opportunities;

// The inputs of the opportunity mutations. A field of Opportunity that editors write is declared
// here once: its GraphQL field, its rule (the limit is the entity's, as in its EF configuration)
// and how it reaches the entity.

/// <summary>The input of createOpportunity.</summary>
internal sealed record CreateOpportunityInput
{
    [Id("Cluster"), Description("The cluster sharing it (an editor's own).")]
    public Guid ClusterId { get; init; }

    [Description("What it is about.")]
    public OpportunityKind Kind { get; init; }

    [Text(Opportunity.TitleLength), Description("The title, at most {max} characters.")]
    public string Title { get; init; } = "";

    [Text(Opportunity.SummaryLength), Description("A plain-text summary for lists, at most {max} characters.")]
    public string Summary { get; init; } = "";

    [Markdown(Opportunity.BodyLength), Description("The full text, in Markdown.")]
    public string Body { get; init; } = "";

    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors, at most {max}.")]
    public IReadOnlyList<Guid>? SectorIds { get; init; }

    [Id("Region", MaxItems = ReferenceInputs.MaxRegions), Description("The regions it is aimed at; none for the whole network.")]
    public IReadOnlyList<Guid>? TargetRegionIds { get; init; }

    [Description("The last day answers are welcome.")]
    public DateOnly? Deadline { get; init; }

    /// <summary>The draft these fields describe, shared by <see cref="ClusterId"/>.</summary>
    public Opportunity ToDraft() => new()
    {
        PostedById = ClusterId,
        Kind = Kind,
        Title = Title,
        Summary = Summary,
        Body = Body,
        Deadline = Deadline,
    };
}

/// <summary>The input of updateOpportunity: each field left out keeps its value.</summary>
internal sealed record UpdateOpportunityInput
{
    [Id("Opportunity"), Description("The opportunity.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }

    [Description("What it is about.")]
    public Optional<OpportunityKind> Kind { get; init; }

    [Text(Opportunity.TitleLength), Description("The title, at most {max} characters.")]
    public Optional<string> Title { get; init; }

    [Text(Opportunity.SummaryLength), Description("A plain-text summary, at most {max} characters.")]
    public Optional<string> Summary { get; init; }

    [Markdown(Opportunity.BodyLength), Description("The full text, in Markdown.")]
    public Optional<string> Body { get; init; }

    // An explicit null for a list keeps the links, as leaving it out does.
    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors (replacing the current ones).")]
    public Optional<IReadOnlyList<Guid>?> SectorIds { get; init; }

    [Id("Region", MaxItems = ReferenceInputs.MaxRegions), Description("Its target regions (replacing the current ones).")]
    public Optional<IReadOnlyList<Guid>?> TargetRegionIds { get; init; }

    [Description("The last day answers are welcome; null removes it.")]
    public Optional<DateOnly?> Deadline { get; init; }

    /// <summary>Whether the change replaces links, so the opportunity is loaded with them.</summary>
    public bool ChangesLinks => SectorIds.IsGiven || TargetRegionIds.IsGiven;

    /// <summary>Writes the fields that were sent onto <paramref name="opportunity"/>.</summary>
    public void ApplyTo(Opportunity opportunity)
    {
        opportunity.Kind = Kind.Or(opportunity.Kind);
        opportunity.Title = Title.Or(opportunity.Title);
        opportunity.Summary = Summary.Or(opportunity.Summary);
        opportunity.Body = Body.Or(opportunity.Body);
        opportunity.Deadline = Deadline.Or(opportunity.Deadline);
    }
}

/// <summary>The input of publishOpportunity and closeOpportunity.</summary>
internal sealed record OpportunityVersionInput
{
    [Id("Opportunity"), Description("The opportunity.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }
}

/// <summary>The input of expressInterest.</summary>
internal sealed record ExpressInterestInput
{
    [Id("Opportunity"), Description("A published opportunity of another cluster.")]
    public Guid OpportunityId { get; init; }

    [Id("Cluster"), Description("The interested cluster; an editor's own by default.")]
    public Guid? ClusterId { get; init; }

    [Text(OpportunityInterest.MessageLength), Description("What the cluster offers or asks, at most {max} characters.")]
    public string Message { get; init; } = "";
}

/// <summary>The input of withdrawInterest.</summary>
internal sealed record WithdrawInterestInput
{
    [Id("Opportunity"), Description("The opportunity.")]
    public Guid OpportunityId { get; init; }

    [Id("Cluster"), Description("The interested cluster; an editor's own by default.")]
    public Guid? ClusterId { get; init; }
}
