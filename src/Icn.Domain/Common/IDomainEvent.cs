namespace Icn.Domain.Common;

/// <summary>
/// Something that happened to an entity that others may react to (a live feed, a plugin's
/// reaction). Raised by the entity's own state change; handed to the reactions only after the
/// change is saved, so a reaction never sees a change that was rolled back.
/// </summary>
public interface IDomainEvent;
