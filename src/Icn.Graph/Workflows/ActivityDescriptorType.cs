using GraphQL.Types;
using Icn.Workflows.Activities;

namespace Icn.Graph.Workflows;

internal sealed class ActivityDescriptorType : ObjectGraphType<ActivityDescriptor>
{
    public ActivityDescriptorType()
    {
        Name = "ActivityDescriptor";
        Description = "An activity type: what it does, its inputs and its outcomes.";
        Field(d => d.Type).Description("The type name definitions use, e.g. \"HumanTask\".");
        Field(d => d.Category).Description("The designer palette's group, e.g. \"Flow\" or \"People\".");
        Field(d => d.Description).Description("What the activity does.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityInputDescriptorType>>>>("inputs").Description("The inputs it takes.").Resolve(context => context.Source.Inputs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("outcomes").Description("Its fixed outcome ports.").Resolve(context => context.Source.Outcomes);
        Field(d => d.OutcomesFromInput, nullable: true).Description("The input whose names are further outcome ports (a Switch's cases, a HumanTask's choices); null when none.");
    }
}
