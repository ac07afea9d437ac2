using Icn.Domain.Membership;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Membership;

/// <summary>The filter and orders of the list of membership applications.</summary>
internal static class ApplicationList
{
    public static FilterDefinition<Application> Filter { get; } = new FilterDefinition<Application>("ApplicationFilter", "Conditions on an application; several fields must all hold.")
        .Id("Application")
        .Enum<Application, ApplicationStatusGraphType, ApplicationStatus>("status", "Where it stands.", a => a.Status)
        .DateTime("submittedAt", "When it was submitted.", a => a.SubmittedAt);

    public static SortDefinition<Application> Sort { get; } = new SortDefinition<Application>("ApplicationSort", "One way to order applications.")
        .Add("submittedAt", "By when it was submitted.", a => a.SubmittedAt);

    public static ListDefinition<Application> Definition { get; } = new(
        Filter, typeof(ApplicationFilterGraphType), Sort, typeof(ApplicationSortGraphType),
        new SortOrder<Application>([(Sort["submittedAt"], false)]), "oldest first");
}

internal sealed class ApplicationFilterGraphType() : EntityFilterGraphType<Application>(ApplicationList.Filter);

internal sealed class ApplicationSortGraphType() : EntitySortGraphType<Application>(ApplicationList.Sort);
