using GraphQL.Types;
using Icn.Workflows.Activities;

namespace Icn.Graph.Workflows;

internal sealed class ActivityInputDescriptorType : ObjectGraphType<InputDescriptor>
{
    public ActivityInputDescriptorType()
    {
        Name = "ActivityInputDescriptor";
        Description = "One input of an activity type.";
        Field(i => i.Name).Description("The input's name in a definition's `inputs`.");
        Field(i => i.Description).Description("What the input means.");
        Field<NonNullGraphType<StringGraphType>>("schema").Description("The JSON schema of a literal value, as JSON text.").Resolve(context => context.Source.Schema.ToJsonString());
        Field(i => i.Required).Description("Whether a definition must set it to be published.");
        Field(i => i.AcceptsExpression).Description("Whether a JavaScript expression may give it (otherwise only a literal).");
    }
}
