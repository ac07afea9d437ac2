namespace Icn.DemoNetwork;

/// <summary>
/// A city a cluster or event can be in, with its IANA time zone. The standard (winter) UTC
/// offset is only a fallback for hosts without a time-zone database.
/// </summary>
internal sealed record CitySpec(string Name, string TimeZone, int StandardUtcOffsetHours);

/// <summary>
/// A country of a region, with what names and contacts there look like: the legal-form
/// patterns take the company name as {0}, since some (UAB) come first.
/// </summary>
internal sealed record CountrySpec(
    string Code,
    string Name,
    string Adjective,
    string CallingCode,
    IReadOnlyList<string> LegalForms,
    NameCulture Names,
    IReadOnlyList<CitySpec> Cities);

/// <summary>A network region and the countries that make it up.</summary>
internal sealed record RegionSpec(string Slug, string Name, IReadOnlyList<CountrySpec> Countries);
