using Microsoft.AspNetCore.Identity;

namespace Icn.Domain.Staff;

/// <summary>A staff account: an admin, someone of the Secretariat or the Board, or a cluster's editor.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    /// <summary>The length of the e-mail (and user name) column: Identity's default.</summary>
    public const int EmailLength = 256;

    public string? DisplayName { get; set; }

    /// <summary>The one cluster an editor (CLUSTER_EDITOR) works for; null for network-wide roles.</summary>
    public Guid? ClusterId { get; set; }

    /// <summary>False once an admin deactivates the account: it can no longer sign in.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The account's links to its roles (Identity's user-role rows), for filtering accounts by role in SQL.</summary>
    public List<IdentityUserRole<Guid>> RoleLinks { get; set; } = [];
}
