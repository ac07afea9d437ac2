using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Icn.Domain.Audit;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Mutations;

/// <summary>
/// Declares a mutation the way API-CONVENTIONS.md wants every one: <c>name(input: NameInput!): NamePayload!</c>,
/// the payload holding the changed object and <c>errors</c>, a policy enforced before execution,
/// invalid input answered as validation errors, and the writes logged under the caller's name.
/// </summary>
internal sealed class MutationBuilder
{
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
        input = new InputObjectGraphType { Name = typeName + "Input", Description = $"The input of `{name}`." };
        payload = new ObjectGraphType<Payload> { Name = typeName + "Payload", Description = $"The answer of `{name}`." };
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why nothing was changed; empty on success.")
            .Resolve(context => context.Source.Errors);
    }

    /// <summary>Declares the input's fields.</summary>
    public MutationBuilder Input(Action<InputObjectGraphType> fields)
    {
        fields(input);
        return this;
    }

    /// <summary>The payload's field for the changed object; null when the mutation failed.</summary>
    public MutationBuilder Returns<TGraphType>(string field, string fieldDescription)
        where TGraphType : IGraphType
    {
        payload.Field<TGraphType>(field).Description(fieldDescription).Resolve(context => context.Source.Value);
        return this;
    }

    /// <summary>Another payload field, read from the payload's extras (e.g. a secret shown once).</summary>
    public MutationBuilder ReturnsExtra<TGraphType>(string field, string fieldDescription)
        where TGraphType : IGraphType
    {
        payload.Field<TGraphType>(field).Description(fieldDescription).Resolve(context => context.Source.Extra(field));
        return this;
    }

    public MutationBuilder Authorize(string accessPolicy)
    {
        policy = accessPolicy;
        return this;
    }

    public void Resolve(Func<MutationInput, MutationContext, Task<Payload>> change)
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

    private async Task<object?> RunAsync(IResolveFieldContext context, Func<MutationInput, MutationContext, Task<Payload>> change)
    {
        var services = context.RequestServices!;
        var viewer = services.GetRequiredService<Viewer>();
        var values = context.GetArgument<Dictionary<string, object?>>("input");
        var mutationInput = new MutationInput(values);
        using var audit = AuditScope.Begin(new AuditActor(viewer.UserId, viewer.Name, name));
        await using var db = await services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var mutation = new MutationContext(mutationInput, db, viewer, services.GetRequiredService<TimeProvider>(), services, context.CancellationToken);
        var result = await change(mutationInput, mutation);
        return mutationInput.IsValid ? result : Payload.Failed(mutationInput.Errors);
    }
}

internal static class MutationFields
{
    /// <summary>Starts a mutation's declaration; finish it with <see cref="MutationBuilder.Resolve"/>.</summary>
    public static MutationBuilder Mutation(this ObjectGraphType root, string name, string description) =>
        new(root, name, description);
}
