namespace Icn.GraphQL.Scalars;

/// <summary>An ISO 3166-1 alpha-2 country code.</summary>
public sealed class CountryCodeGraphType : ValidatedStringGraphType
{
    public CountryCodeGraphType()
    {
        Name = "CountryCode";
        Description = "An ISO 3166-1 alpha-2 country code in upper case, e.g. \"DK\".";
    }

    protected override string? Problem(string value) =>
        value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
            ? null
            : "expected two upper-case letters (ISO 3166-1 alpha-2).";
}
