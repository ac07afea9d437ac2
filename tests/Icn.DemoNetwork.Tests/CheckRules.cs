using System.Text.RegularExpressions;

namespace Icn.DemoNetwork.Tests;

/// <summary>The database's check constraints, restated in C# so generated values can be checked without a database.</summary>
internal static partial class CheckRules
{
    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    public static bool IsCountryCode(string value) => CountryPattern().IsMatch(value);

    public static bool IsCurrency(string value) => CurrencyPattern().IsMatch(value);

    public static bool IsNotBlank(string? value) => !string.IsNullOrWhiteSpace(value);

    public static bool Fits(string? value, int maxLength) => value is null || value.Length <= maxLength;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
