using GraphQL.Types;
using Icn.Domain.Common;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Staff.SignIn;
using Icn.Graph.Engine.Mutations;
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
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<InviteUserInput>("inviteUser", "Creates a staff account without a password and e-mails its owner a one-time link to choose one.")
            .Returns<UserType>("user", "The invited account (status INVITED).")
            .Authorize(AccessPolicies.Admin)
            .Resolve(InviteAsync);

        mutation.Mutation<UpdateUserInput>("updateUser", "Changes a staff account; fields left out keep their value. New roles or a new cluster end the account's current sessions: its owner signs in again. A role taken away gives back, in the same change, the workflow tasks the account held through it.")
            .Returns<UserType>("user", "The account as changed.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(UpdateAsync);

        mutation.Mutation<DeactivateUserInput>("deactivateUser", "Deactivates a staff account: it can no longer sign in, its tokens stop working at once, and the workflow tasks it held through its roles are given back in the same change.")
            .Returns<UserType>("user", "The deactivated account.")
            .Authorize(AccessPolicies.Admin)
            .Resolve(DeactivateAsync);
    }

    private static async Task<Payload> InviteAsync(InviteUserInput input, MutationContext mutation)
    {
        var email = input.Email;
        // Null when its rule failed, which said why already.
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            mutation.Invalid(nameof(input.Email), $"'{email}' is not an e-mail address.");
        }

        // Repeats count once.
        List<string> roles = [.. input.Roles.Distinct()];
        StaffAssignment.Check(mutation, roles, input.ClusterId);
        await StaffAssignment.RequireClusterAsync(mutation, input.ClusterId);
        if (!mutation.InputIsValid)
        {
            // Nothing was added: the answer is the mistakes, and no invitation is written.
            return await mutation.SaveAsync(null);
        }

        var users = mutation.Services.GetRequiredService<UserManager<StaffUser>>();
        var pending = await mutation.Db.Users.Include(u => u.RoleLinks)
            .FirstOrDefaultAsync(u => u.NormalizedEmail == users.NormalizeEmail(email) && u.PasswordHash == null && u.IsActive, mutation.CancellationToken);
        if (pending is not null)
        {
            return await InviteAgainAsync(mutation, pending, input.DisplayName, roles, input.ClusterId);
        }

        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = users.NormalizeName(email),
            Email = email,
            NormalizedEmail = users.NormalizeEmail(email),
            DisplayName = input.DisplayName,
            LockoutEnabled = mutation.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout.AllowedForNewUsers,
        };

        // A new account's first roles are a change: this also gives it its security stamp.
        user.Assign(roles, input.ClusterId);

        // Identity's own rules for accounts (unique e-mail and sign-in name, allowed characters).
        // Both may object to the same address; one error per kind is enough.
        var problems = new List<UserError>();
        foreach (var validator in users.UserValidators)
        {
            var checkedUser = await validator.ValidateAsync(users, user);
            problems.AddRange(checkedUser.Errors.Select(error => error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                ? new ConflictUserError($"An account with the e-mail address {email} exists already.", mutation.PathOf(nameof(input.Email)))
                : (UserError)new ValidationUserError(error.Description, mutation.PathOf(nameof(input.Email)))));
        }

        if (problems.Count > 0)
        {
            problems.DistinctBy(e => e.Code).ToList().ForEach(mutation.Reject);
            return await mutation.SaveAsync(null);
        }

        mutation.Db.Users.Add(user);
        await Invitations.AddMessageAsync(mutation.Db, mutation.Services, user, roles, mutation.Viewer.Name, mutation.Now);
        return await mutation.SaveAsync(user);
    }

    /// <summary>
    /// An account still waiting for its password is invited again, as now asked: a lost or expired
    /// link is replaced (the new stamp ends the old link) rather than leaving the address stuck.
    /// </summary>
    private static async Task<Payload> InviteAgainAsync(MutationContext mutation, StaffUser user, string displayName, List<string> roles, Guid? clusterId)
    {
        user.DisplayName = displayName;
        user.Assign(roles, clusterId);
        user.RenewSecurityStamp();
        await Invitations.AddMessageAsync(mutation.Db, mutation.Services, user, roles, mutation.Viewer.Name, mutation.Now);
        return await mutation.SaveAsync(user);
    }

    private static async Task<Payload> UpdateAsync(UpdateUserInput input, MutationContext mutation)
    {
        var (user, refusal) = await LoadAsync(input.Id, mutation);
        if (user is null)
        {
            return refusal!;
        }

        var currentRoles = user.Roles;
        var (roles, clusterId) = input.AssignmentOf(user);
        StaffAssignment.Check(mutation, roles, clusterId);
        if (user.CheckRolesChangedBy(mutation.Viewer.UserId, roles) is { } ownAdmin)
        {
            mutation.Reject(ownAdmin, nameof(input.Roles));
        }

        await StaffAssignment.RequireClusterAsync(mutation, clusterId);
        if (!mutation.InputIsValid)
        {
            // Nothing is saved, no session ended and no task given back: the answer is the mistakes.
            return await mutation.SaveAsync(null);
        }

        // A role taken away gives back its tasks in the same transaction as the account's change.
        var rolesEnded = currentRoles.Except(roles).Any();
        if (rolesEnded)
        {
            return await mutation.InTransactionAsync(async () =>
                currentRoles.Contains(StaffRoles.Admin) && !roles.Contains(StaffRoles.Admin)
                && await LastAdminGuard.RefuseIfLastAsync(mutation, user.Id, mutation.PathOf(nameof(input.Roles))) is { } last
                    ? Payload.Failed(last)
                    : await ApplyAsync(mutation, user, input, roles, clusterId, rolesEnded));
        }

        return await ApplyAsync(mutation, user, input, roles, clusterId, rolesEnded);
    }

    private static async Task<Payload> ApplyAsync(MutationContext mutation, StaffUser user, UpdateUserInput input, IReadOnlyList<string> roles, Guid? clusterId, bool rolesEnded)
    {
        user.DisplayName = input.DisplayName.Or(user.DisplayName!);
        user.Assign(roles, clusterId);
        return await SaveAndForgetAsync(mutation, user, rolesEnded);
    }

    private static async Task<Payload> DeactivateAsync(DeactivateUserInput input, MutationContext mutation)
    {
        var (user, refusal) = await LoadAsync(input.Id, mutation);
        if (user is null)
        {
            return refusal!;
        }

        var wasAdmin = user.Roles.Contains(StaffRoles.Admin);
        if (user.Deactivate(mutation.Viewer.UserId) is { } refused)
        {
            return mutation.Refused(refused, nameof(input.Id));
        }

        return await mutation.InTransactionAsync(async () =>
            wasAdmin && await LastAdminGuard.RefuseIfLastAsync(mutation, user.Id, mutation.PathOf(nameof(input.Id))) is { } last
                ? Payload.Failed(last)
                : await SaveAndForgetAsync(mutation, user, rolesEnded: true));
    }

    /// <summary>The account <paramref name="id"/> with its role links, tracked for change.</summary>
    private static async Task<(StaffUser? User, Payload? Refusal)> LoadAsync(Guid id, MutationContext mutation)
    {
        var user = await mutation.Db.Users.Include(u => u.RoleLinks).FirstOrDefaultAsync(u => u.Id == id, mutation.CancellationToken);
        return user is null
            ? (null, Payload.Failed(new NotFoundUserError("No account has this id.", mutation.PathOf(nameof(UpdateUserInput.Id)))))
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
