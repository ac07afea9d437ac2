using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Icn.Domain.Audit;

/// <summary>How the audit log names rows: by the API's type names, and without secrets.</summary>
internal static class AuditNames
{
    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "SecretHash", "Prefix", "TokenHash",
    };

    public static bool IsSecret(string propertyName) => Secrets.Contains(propertyName);

    /// <summary>"Opportunity", "Event", "User", ...; a link table (an opportunity's sectors) by its table name.</summary>
    public static string EntityTypeOf(EntityEntry entry)
    {
        var type = entry.Metadata;
        if (type.HasSharedClrType)
        {
            return type.GetTableName() ?? type.Name;
        }

        return type.ClrType.Name switch
        {
            "NetworkEvent" => "Event",
            "StaffUser" => "User",
            "StoredWorkflowDefinition" => "WorkflowDefinition",
            "IdentityUserRole`1" => "UserRole",
            var name => name,
        };
    }

    /// <summary>The row's own key, or for a link row the key of the side that owns the link.</summary>
    public static Guid EntityIdOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key?.Properties.Select(p => entry.Property(p.Name).CurrentValue).OfType<Guid>().FirstOrDefault() ?? Guid.Empty;
    }

    public static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
