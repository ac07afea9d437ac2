using Icn.Domain.Staff;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Staff;

/// <summary>The filter and orders of the list of staff accounts.</summary>
internal static class UserList
{
    public static FilterDefinition<StaffUser> Filter { get; } = new FilterDefinition<StaffUser>("UserFilter", "Conditions on a staff account; several fields must all hold.")
        .Id("User")
        .String("email", "The account's e-mail address.", u => u.Email)
        .String("displayName", "The name shown for the account.", u => u.DisplayName)
        .Add(new UserRoleFilterField())
        .Boolean("isActive", "Whether the account is active (not deactivated).", u => u.IsActive)
        .Key("clusterId", "The cluster an editor works for.", "Cluster", u => u.ClusterId);

    public static SortDefinition<StaffUser> Sort { get; } = new SortDefinition<StaffUser>("UserSort", "One way to order staff accounts.")
        .Add("email", "By e-mail address.", u => u.Email)
        .Add("displayName", "By display name.", u => u.DisplayName);

    public static ListDefinition<StaffUser> Definition { get; } = new(
        Filter, typeof(UserFilterGraphType), Sort, typeof(UserSortGraphType),
        new SortOrder<StaffUser>([(Sort["email"], false)]), "e-mail address");
}

internal sealed class UserFilterGraphType() : EntityFilterGraphType<StaffUser>(UserList.Filter);

internal sealed class UserSortGraphType() : EntitySortGraphType<StaffUser>(UserList.Sort);
