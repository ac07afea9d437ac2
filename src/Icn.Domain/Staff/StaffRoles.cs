namespace Icn.Domain.Staff;

/// <summary>The roles of staff accounts, as the API names them.</summary>
public static class StaffRoles
{
    public const string Admin = "ADMIN";
    public const string Secretariat = "SECRETARIAT";
    public const string Board = "BOARD";
    public const string ClusterEditor = "CLUSTER_EDITOR";

    public static IReadOnlyList<string> All { get; } = [Admin, Secretariat, Board, ClusterEditor];
}
