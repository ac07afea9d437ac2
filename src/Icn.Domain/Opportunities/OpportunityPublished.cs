using Icn.Domain.Common;

namespace Icn.Domain.Opportunities;

/// <summary>An opportunity went out to the network: what a live feed announces.</summary>
public sealed record OpportunityPublished(Guid OpportunityId, Guid PostedById, DateTime PublishedAt) : IDomainEvent;
