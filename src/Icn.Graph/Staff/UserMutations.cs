using GraphQL.Types;
using Icn.Domain.Common;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Staff.SignIn;
using Icn.Graph.Mutations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff;

/// <summary>
/// Admins manage the people: they invite staff (who then choose their password through a one-time
/// link), change their roles and cluster, and deactivate them. A change of roles, cluster or
/// activity renews the account's security stamp, so its existing tokens stop working.
/// </summary>
internal sealed class UserMutations : IMutationFields
{
    private const int DisplayNameLength = 200;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("inviteUser", "Creates a staff account without a password and e-mails its owner a one-time link to choose one.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("email").Description("The e-mail address the account signs in with; the invitation goes there.");
                input.Field<NonNullGraphType<StringGraphType>>("displayName").Description($"The name shown for the account, at most {DisplayNameLength} characters.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles").Description("The account's roles, at least one.");
                input.Field<IdGraphType>("clusterId").Description("The cluster of a CLUSTER_EDITOR (required for that role, refused for the others).");
            })
            .Returns<UserType>("user", "The invited account (status INVITED).")
            .Authorize(AccessPolicies.Admin)
            .Resolve(InviteAsync);

        mutation.Mutation("updateUser", "Changes a staff account; fields left out keep their value. New roles or a new cluster end the account's current sessions: its owner signs in again. A role taken away gives back, in the same change, the workflow tasks the account held through it.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The account.");
                input.Field<ListGraphType<NonNullGraphType<RoleGraphType>>>("roles").Description("The account's roles (replacing the current ones), at least one. Without CLUSTER_EDITOR the account leaves its cluster.");
                input.Field<IdGraphType>("clusterId").Description("The cluster of a CLUSTER_EDITOR; null for the other roles.");
                input.Field<StringGraphType>("displayName").Description($"The name shown for the account, at most {DisplayNameLength} characters.");
            })
            .Returns<UserType>("user", "The account as changed.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(UpdateAsync);

        mutation.Mutation("deactivateUser", "Deactivates a staff account: it can no longer sign in, its tokens stop working at once, and the workflow tasks it held through its roles are given back in the same change.")
            .Input(input => input.Field<NonNullGraphType<IdGraphType>>("id").Description("The account."))
            .Returns<UserType>("user", "The deactivated account.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(DeactivateAsync);
    }

    private static async Task<Payload> InviteAsync(MutationInput input, MutationContext mutation)
    {
        var email = input.Text("email", StaffUser.EmailLength);
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            input.Invalid("email", $"'{email}' is not an e-mail address.");
        }

        var displayName = input.Text("displayName", DisplayNameLength);
        var roles = input.EnumValues("roles") ?? [];
        var clusterId = input.Id("clusterId", "Cluster");
        StaffAssignment.Check(input, roles, clusterId);
        await StaffAssignment.RequireClusterAsync(input, mutation, clusterId);
        if (!input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        var users = mutation.Services.GetRequiredService<UserManager<StaffUser>>();
        var pending = await mutation.Db.Users.Include(u => u.RoleLinks)
            .FirstOrDefaultAsync(u => u.NormalizedEmail == users.NormalizeEmail(email) && u.PasswordHash == null && u.IsActive, mutation.CancellationToken);
        if (pending is not null)
        {
            return await InviteAgainAsync(mutation, pending, displayName, roles, clusterId);
        }

        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = users.NormalizeName(email),
            Email = email,
            NormalizedEmail = users.NormalizeEmail(email),
            DisplayName = displayName,
            ClusterId = clusterId,
            SecurityStamp = SecurityStamps.New(),
            LockoutEnabled = mutation.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout.AllowedForNewUsers,
        };

        // Identity's own rules for accounts (unique e-mail and sign-in name, allowed characters).
        foreach (var validator in users.UserValidators)
        {
            var checkedUser = await validator.ValidateAsync(users, user);
            foreach (var error in checkedUser.Errors)
            {
                input.Add(error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    ? new ConflictUserError($"An account with the e-mail address {email} exists already.", input.PathOf("email"))
                    : new ValidationUserError(error.Description, input.PathOf("email")));
            }
        }

        if (!input.IsValid)
        {
            // Both Identity checks may object to the same address; one error per kind is enough.
            return Payload.Failed(input.Errors.DistinctBy(e => e.Code).ToList());
        }

        user.RoleLinks.AddRange(roles.Select(role => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = StaffRoles.IdOf(role) }));
        mutation.Db.Users.Add(user);
        await Invitations.AddMessageAsync(mutation.Db, mutation.Services, user, roles, mutation.Viewer.Name, mutation.Now);
        return await mutation.SaveAsync(user);
    }

    /// <summary>
    /// An account still waiting for its password is invited again, as now asked: a lost or expired
    /// link is replaced (the new stamp ends the old link) rather than leaving the address stuck.
    /// </summary>
    private static async Task<Payload> InviteAgainAsync(MutationContext mutation, StaffUser user, string? displayName, List<string> roles, Guid? clusterId)
    {
        user.DisplayName = displayName ?? user.DisplayName;
        user.ClusterId = clusterId;
        mutation.Db.UserRoles.RemoveRange(user.RoleLinks.Where(link => !roles.Contains(StaffRoles.NameOf(link.RoleId)!)));
        user.RoleLinks.AddRange(roles.Where(role => user.RoleLinks.All(link => link.RoleId != StaffRoles.IdOf(role)))
            .Select(role => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = StaffRoles.IdOf(role) }));
        user.SecurityStamp = SecurityStamps.New();
        await Invitations.AddMessageAsync(mutation.Db, mutation.Services, user, roles, mutation.Viewer.Name, mutation.Now);
        return await mutation.SaveAsync(user);
    }

    private static async Task<Payload> UpdateAsync(MutationInput input, MutationContext mutation)
    {
        var displayName = input.Has("displayName") ? input.Text("displayName", DisplayNameLength) : null;
        var requestedRoles = input.Has("roles") ? input.EnumValues("roles") ?? [] : null;
        var requestedCluster = input.Id("clusterId", "Cluster");
        var (user, refusal) = await LoadAsync(input, mutation);
        if (user is null)
        {
            return refusal!;
        }

        var currentRoles = user.RoleLinks.Select(link => StaffRoles.NameOf(link.RoleId)).OfType<string>().ToList();
        var roles = requestedRoles ?? currentRoles;
        var clusterId = input.Has("clusterId") ? requestedCluster
            : roles.Contains(StaffRoles.ClusterEditor) ? user.ClusterId
            : null;
        StaffAssignment.Check(input, roles, clusterId);
        if (user.Id == mutation.Viewer.UserId && currentRoles.Contains(StaffRoles.Admin) && !roles.Contains(StaffRoles.Admin))
        {
            input.Invalid("roles", "You cannot take away your own ADMIN role; another admin can.");
        }

        await StaffAssignment.RequireClusterAsync(input, mutation, clusterId);
        if (!input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        // A role taken away gives back its tasks in the same transaction as the account's change.
        if (currentRoles.Except(roles).Any())
        {
            return await mutation.InTransactionAsync(async () =>
                currentRoles.Contains(StaffRoles.Admin) && !roles.Contains(StaffRoles.Admin)
                && await LastAdminGuard.RefuseIfLastAsync(mutation, user.Id, input.PathOf("roles")) is { } last
                    ? Payload.Failed(last)
                    : await ApplyAsync(mutation, user, displayName, roles, currentRoles, clusterId));
        }

        return await ApplyAsync(mutation, user, displayName, roles, currentRoles, clusterId);
    }

    private static async Task<Payload> ApplyAsync(MutationContext mutation, StaffUser user, string? displayName, List<string> roles, List<string> currentRoles, Guid? clusterId)
    {
        if (displayName is not null)
        {
            user.DisplayName = displayName;
        }

        var rolesChanged = !roles.ToHashSet().SetEquals(currentRoles);
        var clusterChanged = clusterId != user.ClusterId;
        foreach (var link in user.RoleLinks.Where(link => !roles.Contains(StaffRoles.NameOf(link.RoleId)!)).ToList())
        {
            mutation.Db.UserRoles.Remove(link);
        }

        user.RoleLinks.AddRange(roles.Except(currentRoles).Select(role => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = StaffRoles.IdOf(role) }));
        user.ClusterId = clusterId;
        if (rolesChanged || clusterChanged)
        {
            // Tokens carry the stamp they were issued with: a new one ends every session of the account.
            user.SecurityStamp = SecurityStamps.New();
        }

        return await SaveAndForgetAsync(mutation, user, rolesEnded: currentRoles.Except(roles).Any());
    }

    private static async Task<Payload> DeactivateAsync(MutationInput input, MutationContext mutation)
    {
        var (user, refusal) = await LoadAsync(input, mutation);
        if (user is null)
        {
            return refusal!;
        }

        if (user.Id == mutation.Viewer.UserId)
        {
            return Payload.Failed(new ValidationUserError("You cannot deactivate your own account; another admin can.", input.PathOf("id")));
        }

        if (!user.IsActive)
        {
            return Payload.Failed(new ConflictUserError("This account is deactivated already.", input.PathOf("id")));
        }

        return await mutation.InTransactionAsync(async () =>
        {
            if (user.RoleLinks.Any(link => link.RoleId == StaffRoles.IdOf(StaffRoles.Admin))
                && await LastAdminGuard.RefuseIfLastAsync(mutation, user.Id, input.PathOf("id")) is { } last)
            {
                return Payload.Failed(last);
            }

            user.IsActive = false;
            user.SecurityStamp = SecurityStamps.New();
            return await SaveAndForgetAsync(mutation, user, rolesEnded: true);
        });
    }

    /// <summary>The account of <c>input.id</c> with its role links, tracked for change.</summary>
    private static async Task<(StaffUser? User, Payload? Refusal)> LoadAsync(MutationInput input, MutationContext mutation)
    {
        if (input.Id("id", "User") is not { } id)
        {
            return (null, Payload.Failed(input.Errors));
        }

        var user = await mutation.Db.Users.Include(u => u.RoleLinks).FirstOrDefaultAsync(u => u.Id == id, mutation.CancellationToken);
        return user is null
            ? (null, Payload.Failed(new NotFoundUserError("No account has this id.", input.PathOf("id"))))
            : (user, null);
    }

    /// <summary>
    /// Saves, with a new concurrency stamp so that two admins changing one account at once do not
    /// overwrite each other, and makes this process read the account afresh on its next request
    /// (other processes within <see cref="StaffSessions.FreshFor"/>). When <paramref name="rolesEnded"/>
    /// (call then inside the mutation's transaction), the tasks the account held through a role it
    /// no longer holds are given back after the account is saved: the account's row is written
    /// before any instance is locked, the order a task's completion takes too.
    /// </summary>
    private static async Task<Payload> SaveAndForgetAsync(MutationContext mutation, StaffUser user, bool rolesEnded = false)
    {
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        var payload = await mutation.SaveAsync(user);
        if (rolesEnded && payload.Errors.Count == 0)
        {
            await EndedRoleTasks.ReleaseAsync(mutation, user);
        }

        mutation.Services.GetRequiredService<StaffSessions>().Forget(user.Id);
        return payload;
    }
}
