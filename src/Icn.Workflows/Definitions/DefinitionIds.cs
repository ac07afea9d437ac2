using System.Text.RegularExpressions;

namespace Icn.Workflows.Definitions;

/// <summary>Definition ids are stable, readable slugs: they appear in URLs, files and logs.</summary>
public static partial class DefinitionIds
{
    public static bool IsValid(string? id) => id is { Length: > 0 and <= 100 } && Slug().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
