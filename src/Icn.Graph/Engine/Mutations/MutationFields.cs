using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Icn.Domain.Audit;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Engine.Modules;
using Icn.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// Declares a mutation the way API-CONVENTIONS.md wants every one: <c>name(input: NameInput!): NamePayload!</c>,
/// the input made from its record (<typeparamref name="TInput"/>), the payload holding the changed
/// object and <c>errors</c>, a policy enforced before execution, invalid input answered as
/// validation errors, and the writes logged under the caller's name.
/// </summary>
internal sealed class MutationBuilder<TInput>
    where TInput : class
{
    // A schema holds one type per name, so input records nested in several inputs are made once per schema.
    private static readonly ConditionalWeakTable<ObjectGraphType, InputGraphTypes> InputTypesOfSchema = [];

    private readonly ObjectGraphType root;
    private readonly string name;
    private readonly string description;
    private readonly InputObjectGraphType input;
    private readonly ObjectGraphType<Payload> payload;
    private string? policy;

    public MutationBuilder(ObjectGraphType root, string name, string description)
    {
        this.root = root;
        this.name = name;
        this.description = description;
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        input = InputTypesOfSchema.GetOrCreateValue(root).Make(typeof(TInput), typeName + "Input", $"The input of `{name}`.");
        payload = new ObjectGraphType<Payload> { Name = typeName + "Payload", Description = $"The answer of `{name}`." };
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why nothing was changed; empty on success.")
            .Resolve(context => context.Source.Errors);
    }

    /// <summary>The payload's field for the changed object; null when the mutation failed.</summary>
    public MutationBuilder<TInput> Returns<TGraphType>(string field, string fieldDescription)
        where TGraphType : IGraphType
    {
        payload.Field<TGraphType>(field).Description(fieldDescription).Resolve(context => context.Source.Value);
        return this;
    }

    /// <summary>Another payload field, read from the payload's extras (e.g. a secret shown once).</summary>
    public MutationBuilder<TInput> ReturnsExtra<TGraphType>(string field, string fieldDescription)
        where TGraphType : IGraphType
    {
        payload.Field<TGraphType>(field).Description(fieldDescription).Resolve(context => context.Source.Extra(field));
        return this;
    }

    public MutationBuilder<TInput> Authorize(string accessPolicy)
    {
        policy = accessPolicy;
        return this;
    }

    public void Resolve(Func<TInput, MutationContext, Task<Payload>> change)
    {
        var field = new FieldType
        {
            Name = name,
            Description = policy is null ? description : $"{description} Needs {AccessPolicies.Describe(policy)}.",
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input", Description = $"What `{name}` needs." }),
            Resolver = new FuncFieldResolver<object>(async context => await RunAsync(context, change)),
        };
        if (policy is not null)
        {
            field.AuthorizeWithPolicy(policy);
        }

        root.AddField(field);
    }

    private async Task<object?> RunAsync(IResolveFieldContext context, Func<TInput, MutationContext, Task<Payload>> change)
    {
        var services = context.RequestServices!;
        var mutationInput = new MutationInput(context.GetArgument<Dictionary<string, object?>>("input"));
        var record = (TInput)InputBinding.Bind(typeof(TInput), mutationInput, services);
        var viewer = services.GetRequiredService<Viewer>();
        using var audit = AuditScope.Begin(new AuditActor(viewer.UserId, viewer.Name, name));
        await using var db = await services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var mutation = new MutationContext(mutationInput, db, viewer, services.GetRequiredService<TimeProvider>(), services, context.CancellationToken);

        // The resolver runs even when a field's rule failed, so that one answer lists every mistake
        // (an unknown sector beside a title too long); it saves nothing while the input has errors,
        // and must start nothing either (MutationContext.InputIsValid). A field that failed its rule
        // is null even where its type says otherwise (a value type keeps its default): a check that
        // reads it asks MutationContext.Failed first, or skips a null.
        var result = await change(record, mutation);
        if (!mutationInput.IsValid)
        {
            return Payload.Failed(mutationInput.Errors);
        }

        // After the change has answered, any transaction it opened is committed (or rolled back
        // with errors): reactions see only what stays.
        if (result.Errors.Count == 0 && mutation.SavedEvents.Count > 0)
        {
            await services.GetRequiredService<DomainEventDispatcher>().DispatchAsync(services, mutation.SavedEvents, context.CancellationToken);
        }

        return result;
    }
}

internal static class MutationFields
{
    /// <summary>Starts a mutation's declaration, its input read into <typeparamref name="TInput"/>; finish it with <see cref="MutationBuilder{TInput}.Resolve"/>.</summary>
    public static MutationBuilder<TInput> Mutation<TInput>(this ObjectGraphType root, string name, string description)
        where TInput : class =>
        new(root, name, description);
}
