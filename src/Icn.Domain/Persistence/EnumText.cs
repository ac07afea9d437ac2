using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Icn.Domain.Persistence;

/// <summary>
/// Enums are stored as readable snake_case text ("buyer_request") and guarded by a check
/// constraint, so a row written by hand or by another tool cannot hold a value the code does not know.
/// </summary>
internal static class EnumText
{
    public static string ToSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    public static PropertyBuilder<TEnum> StoredAsText<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum
    {
        var toText = Enum.GetValues<TEnum>().ToDictionary(v => v, v => ToSnakeCase(v.ToString()));
        var fromText = toText.ToDictionary(p => p.Value, p => p.Key);
        return property
            .HasConversion(new ValueConverter<TEnum, string>(v => toText[v], s => fromText[s]))
            .HasMaxLength(40);
    }

    /// <summary>The SQL list of allowed values, for a check constraint on <paramref name="column"/>.</summary>
    public static string CheckSql<TEnum>(string column)
        where TEnum : struct, Enum =>
        $"{column} IN ({string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{ToSnakeCase(n)}'"))})";

    public static void HasEnumCheck<TEnum>(this TableBuilder table, string tableName, string column)
        where TEnum : struct, Enum =>
        table.HasCheckConstraint($"ck_{tableName}_{column}", CheckSql<TEnum>(column));
}
