using System.Security.Cryptography;
using Icn.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Icn.Domain.Staff;

/// <summary>
/// A staff account: an admin, someone of the Secretariat or the Board, or a cluster's editor.
/// Invited (no password yet), active, deactivated. What it is given (its roles and cluster) and its
/// deactivation go through its methods, which keep the rules of an account; choosing a password is
/// Identity's (UserManager). That the network keeps an active admin needs the other accounts, so
/// the API checks it under a lock, not here.
/// </summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public const int DisplayNameLength = 200;

    /// <summary>Identity's own column length for e-mail addresses and sign-in names.</summary>
    public const int EmailLength = 256;

    // Created in any state (demo accounts, tests); changed only by Assign and Deactivate, through the fields.
    private bool isActive = true;
    private Guid? clusterId;

    public string? DisplayName { get; set; }

    /// <summary>The one cluster an editor (CLUSTER_EDITOR) works for; null for network-wide roles.</summary>
    public Guid? ClusterId { get => clusterId; init => clusterId = value; }

    /// <summary>False once an admin deactivates the account: it can no longer sign in.</summary>
    public bool IsActive { get => isActive; init => isActive = value; }

    /// <summary>The account's links to its roles (Identity's user-role rows), for filtering accounts by role in SQL.</summary>
    public List<IdentityUserRole<Guid>> RoleLinks { get; set; } = [];

    /// <summary>The roles the account holds, by the API's names (from <see cref="RoleLinks"/>, which must be loaded).</summary>
    public IReadOnlyList<string> Roles => [.. RoleLinks.Select(link => StaffRoles.NameOf(link.RoleId)).OfType<string>()];

    /// <summary>Whether the account was invited and its owner has not chosen a password yet.</summary>
    public bool AwaitsPassword => IsActive && PasswordHash is null;

    /// <summary>An account holds at least one role.</summary>
    public static RuleBreak? CheckRoles(IReadOnlyCollection<string> roles) =>
        roles.Count == 0 ? RuleBreak.Invalid("Give the account at least one role.") : null;

    /// <summary>
    /// An account belongs to a cluster exactly when it edits one (CLUSTER_EDITOR); the other roles
    /// work for the whole network. Nothing to say while it has no role (<see cref="CheckRoles"/> says it).
    /// </summary>
    public static RuleBreak? CheckCluster(IReadOnlyCollection<string> roles, Guid? clusterId)
    {
        var edits = roles.Contains(StaffRoles.ClusterEditor);
        return roles.Count == 0 ? null
            : edits && clusterId is null ? RuleBreak.Invalid("A CLUSTER_EDITOR edits one cluster: give its clusterId.")
            : !edits && clusterId is not null ? RuleBreak.Invalid("Only a CLUSTER_EDITOR belongs to a cluster; the other roles work for the whole network. Leave clusterId out.")
            : null;
    }

    /// <summary>An admin may not take away their own ADMIN role (so nobody locks themselves out); another admin can.</summary>
    public RuleBreak? CheckRolesChangedBy(Guid? actorId, IReadOnlyCollection<string> roles) =>
        Id == actorId && Roles.Contains(StaffRoles.Admin) && !roles.Contains(StaffRoles.Admin)
            ? RuleBreak.Invalid("You cannot take away your own ADMIN role; another admin can.")
            : null;

    /// <summary>
    /// Gives the account <paramref name="roles"/> (replacing its current ones) and <paramref name="cluster"/>,
    /// checked with <see cref="CheckRoles"/> and <see cref="CheckCluster"/> first. When either changes,
    /// the security stamp is renewed: tokens carry the stamp they were issued with, so every session
    /// of the account ends and its owner signs in again with what they now hold. Answers whether
    /// anything changed.
    /// </summary>
    public bool Assign(IReadOnlyCollection<string> roles, Guid? cluster)
    {
        if ((CheckRoles(roles) ?? CheckCluster(roles, cluster)) is { } broken)
        {
            throw new InvalidOperationException($"Checked before assigning: {broken.Message}");
        }

        var wanted = roles.Distinct().ToList();
        var current = Roles;
        var changed = !wanted.ToHashSet().SetEquals(current) || cluster != clusterId;

        // A link taken out of the list is an orphan of a required relationship, which EF deletes.
        RoleLinks.RemoveAll(link => !wanted.Contains(StaffRoles.NameOf(link.RoleId)!));
        RoleLinks.AddRange(wanted.Except(current).Select(role => new IdentityUserRole<Guid> { UserId = Id, RoleId = StaffRoles.IdOf(role) }));
        clusterId = cluster;
        if (changed)
        {
            RenewSecurityStamp();
        }

        return changed;
    }

    /// <summary>
    /// Ends the account: it can no longer sign in and its tokens stop working at once. Nobody
    /// deactivates their own account (another admin can), and an ended account stays ended.
    /// </summary>
    public RuleBreak? Deactivate(Guid? actorId)
    {
        if (Id == actorId)
        {
            return RuleBreak.Invalid("You cannot deactivate your own account; another admin can.");
        }

        if (!IsActive)
        {
            return RuleBreak.Conflict("This account is deactivated already.");
        }

        isActive = false;
        RenewSecurityStamp();
        return null;
    }

    /// <summary>
    /// A new security stamp, random like Identity's own, for changes made outside UserManager: it
    /// ends the account's sessions and any invitation link issued under the old one.
    /// </summary>
    public void RenewSecurityStamp() => SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
}
