using Icn.Domain.Staff;

namespace Icn.Graph.Staff;

/// <summary>Where a staff account is in its life, read from the account's own fields.</summary>
internal enum UserStatus
{
    /// <summary>Invited; no password chosen yet.</summary>
    Invited,

    Active,

    Deactivated,
}

internal static class UserStatuses
{
    public static UserStatus Of(StaffUser user) =>
        !user.IsActive ? UserStatus.Deactivated
        : user.PasswordHash is null ? UserStatus.Invited
        : UserStatus.Active;
}
