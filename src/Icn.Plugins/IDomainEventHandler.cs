namespace Icn.Plugins;

/// <summary>
/// A reaction to a domain event (e.g. an opportunity published). It runs after the change is
/// saved, once per event, in the process that saved it; a reaction that fails is logged and does
/// not undo the change, so one that must not be lost writes its own durable record (the outbox).
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : class
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
