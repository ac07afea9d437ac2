using Icn.Domain.Common;

namespace Icn.Domain.Opportunities;

/// <summary>A published opportunity stopped asking for answers.</summary>
public sealed record OpportunityClosed(Guid OpportunityId, Guid PostedById, DateTime ClosedAt) : IDomainEvent;
