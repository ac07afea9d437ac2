using GraphQL.Types;

namespace Icn.GraphQL.Scalars;

/// <summary>An instant: ISO 8601 with an offset; stored and answered in UTC.</summary>
public sealed class InstantGraphType : DateTimeGraphType
{
    public InstantGraphType()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601 with an offset, e.g. \"2026-03-31T09:30:00Z\". Answers are always in UTC.";
    }
}
