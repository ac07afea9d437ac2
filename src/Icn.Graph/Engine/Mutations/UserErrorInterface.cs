using GraphQL.Types;

namespace Icn.Graph.Engine.Mutations;

internal sealed class UserErrorInterface : InterfaceGraphType<UserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "An expected failure of a mutation: nothing was changed. `path` names the input field it concerns.";
        Field(e => e.Message).Description("What went wrong, for people.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path")
            .Description("The input field concerned, e.g. [\"input\", \"title\"]; null when the error concerns the whole input.");
        Field(e => e.Code).Description("A stable code for programs: VALIDATION, NOT_FOUND, FORBIDDEN or CONFLICT.");
    }
}
