namespace Icn.Domain.Persistence;

/// <summary>The SQL of check constraints that several tables share.</summary>
internal static class SqlChecks
{
    /// <summary>Lower-case words joined by single hyphens: what a URL path segment should be.</summary>
    public static string Slug(string column) => $"{column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'";

    /// <summary>ISO 3166-1 alpha-2 as two upper-case letters.</summary>
    public static string CountryCode(string column) => $"{column} ~ '^[A-Z]{{2}}$'";

    public static string NotBlank(string column) => $"btrim({column}) <> ''";
}
