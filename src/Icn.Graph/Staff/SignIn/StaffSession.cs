namespace Icn.Graph.Staff.SignIn;

/// <summary>What the database says about a staff account now, whatever its token says.</summary>
internal sealed record StaffSession(bool IsActive, string? SecurityStamp, Guid? ClusterId, IReadOnlyList<string> Roles);
