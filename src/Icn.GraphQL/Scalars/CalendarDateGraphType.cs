using GraphQL.Types;

namespace Icn.GraphQL.Scalars;

/// <summary>A calendar day without time or zone, as ISO 8601 "yyyy-MM-dd" (a deadline, a birthday).</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar day in ISO 8601, e.g. \"2026-03-31\", with no time or time zone.";
    }
}
