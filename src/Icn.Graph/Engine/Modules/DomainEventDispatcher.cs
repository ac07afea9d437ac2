using System.Collections.Concurrent;
using System.Reflection;
using Icn.Domain.Common;
using Icn.Plugins;

namespace Icn.Graph.Engine.Modules;

/// <summary>
/// Hands saved changes' events to the reactions modules registered for them
/// (<see cref="INetworkModuleBuilder.AddEventHandler{TEvent, THandler}"/>). A reaction that fails is
/// logged and the others still run: the change it reacts to is already saved and stays.
/// </summary>
internal sealed partial class DomainEventDispatcher(ILogger<DomainEventDispatcher> logger)
{
    private static readonly ConcurrentDictionary<Type, MethodInfo> Dispatchers = new();

    /// <summary>Runs the reactions to <paramref name="events"/>, resolved from the request's <paramref name="services"/> (a reaction may be scoped).</summary>
    public async Task DispatchAsync(IServiceProvider services, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            var dispatch = Dispatchers.GetOrAdd(domainEvent.GetType(), type =>
                typeof(DomainEventDispatcher).GetMethod(nameof(DispatchOneAsync), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(type));
            await (Task)dispatch.Invoke(this, [services, domainEvent, cancellationToken])!;
        }
    }

    private async Task DispatchOneAsync<TEvent>(IServiceProvider services, TEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : class
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(domainEvent, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogReactionFailed(exception, handler.GetType().Name, typeof(TEvent).Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reaction {Handler} to {Event} failed; the change it reacts to stays saved.")]
    private partial void LogReactionFailed(Exception exception, string handler, string @event);
}
