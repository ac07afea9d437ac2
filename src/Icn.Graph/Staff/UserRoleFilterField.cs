using System.Linq.Expressions;
using Icn.Domain.Staff;
using Icn.GraphQL.Filtering;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Icn.Graph.Staff;

/// <summary>
/// <c>role: RoleFilter</c> on accounts, which hold several roles: <c>eq</c> has the role,
/// <c>neq</c> has it not, <c>in</c> has one of them, <c>nin</c> has none of them.
/// </summary>
internal sealed class UserRoleFilterField : IFilterField
{
    public string Name => "role";

    public string Description => "The account's roles: `eq` has the role, `neq` has it not, `in` has one of them, `nin` has none of them.";

    public Type GraphType => typeof(EnumFilterGraphType<RoleGraphType>);

    public Expression Build(Expression entity, object? value)
    {
        var operators = (IDictionary<string, object?>)value!;
        var parts = operators.Where(op => op.Value is not null).Select(op => op.Key switch
        {
            "eq" => HasAnyOf(entity, [(string)op.Value!]),
            "neq" => Expression.Not(HasAnyOf(entity, [(string)op.Value!])),
            "in" => HasAnyOf(entity, RolesIn(op.Value)),
            "nin" => Expression.Not(HasAnyOf(entity, RolesIn(op.Value))),
            _ => throw new InvalidOperationException($"Unknown role operator '{op.Key}'."),
        }).ToList();
        return Conditions.AllOf(parts);
    }

    private static List<string> RolesIn(object? value) => ((IEnumerable<object?>)value!).OfType<string>().ToList();

    /// <summary><c>user.RoleLinks.Any(link =&gt; roleIds.Contains(link.RoleId))</c>, the ids as a parameter.</summary>
    private static Expression HasAnyOf(Expression entity, List<string> roles)
    {
        var roleIds = roles.Select(StaffRoles.IdOf).ToList();
        var link = Expression.Parameter(typeof(IdentityUserRole<Guid>), "link");
        var matches = Expression.Lambda<Func<IdentityUserRole<Guid>, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], QueryParameter.Of(roleIds, typeof(List<Guid>)), Expression.Property(link, nameof(IdentityUserRole<Guid>.RoleId))),
            link);
        var links = Expression.Property(entity, nameof(StaffUser.RoleLinks));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(IdentityUserRole<Guid>)], links, matches);
    }
}
