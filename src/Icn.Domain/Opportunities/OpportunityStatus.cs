namespace Icn.Domain.Opportunities;

/// <summary>An opportunity's life: drafted, published to the network, closed.</summary>
public enum OpportunityStatus
{
    Draft,
    Published,
    Closed,
}
