using GraphQL;
using GraphQL.Types;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Engine.Schema;

/// <summary>The ICN Network API's schema. Its printed form is schema.graphql at the repository root.</summary>
internal sealed class IcnSchema : global::GraphQL.Types.Schema
{
    public IcnSchema(IServiceProvider services, QueryType query, MutationType mutation, IEnumerable<Modules.ExtraGraphType> extraTypes)
        : base(services)
    {
        Description = "The International Cleantech Network's headless API.";
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;

        // The kinds of user error appear only behind the UserError interface, so they are named here.
        RegisterType(typeof(ValidationErrorType));
        RegisterType(typeof(NotFoundErrorType));
        RegisterType(typeof(ForbiddenErrorType));
        RegisterType(typeof(ConflictErrorType));
        foreach (var extra in extraTypes)
        {
            RegisterType(extra.GraphType);
        }

        // Our scalars replace the built-in ones of the same role under the names of the contract.
        RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));
        RegisterTypeMapping(typeof(DateTime), typeof(InstantGraphType));

        // Introspection is priced by who may use it (staff only in Production), not by complexity:
        // GraphiQL's introspection query multiplies list sizes into the millions.
        this.WithIntrospectionComplexityImpact(0);
    }
}
