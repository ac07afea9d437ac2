namespace Icn.Domain.Staff;

/// <summary>The roles of staff accounts, as the API names them.</summary>
public static class StaffRoles
{
    public const string Admin = "ADMIN";
    public const string Secretariat = "SECRETARIAT";
    public const string Board = "BOARD";
    public const string ClusterEditor = "CLUSTER_EDITOR";

    public static IReadOnlyList<string> All { get; } = [Admin, Secretariat, Board, ClusterEditor];

    /// <summary>
    /// The fixed key of a role's row. The roles are reference data written by the migrations with
    /// these keys, so an account's roles can be written and filtered by key without reading them.
    /// </summary>
    public static Guid IdOf(string role)
    {
        var index = IndexOf(role);
        return new Guid($"0195f0c0-0000-7000-8000-00000000000{index + 1}");
    }

    /// <summary>The role of a role row's key; null for a key that is not one of ours.</summary>
    public static string? NameOf(Guid roleId) => All.FirstOrDefault(role => IdOf(role) == roleId);

    private static int IndexOf(string role)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == role)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(role), role, "Not a staff role.");
    }
}
