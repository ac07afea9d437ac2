using Icn.Domain.Members;

namespace Icn.DemoNetwork;

/// <summary>Names a member organisation after its kind, its place and its sector.</summary>
internal static class OrganisationNamer
{
    public static string Name(SeedRandom random, MemberKind kind, CountrySpec country, CitySpec city, SubSector sub)
    {
        var slots = new TextSlots { City = city.Name, Sector = Prose.TitleCase(sub.Parent.Spec.Name) };
        return kind switch
        {
            MemberKind.Company => Prose.WithLegalForm(random.Pick(country.LegalForms), CompanyCore(random, country, city, sub)),
            MemberKind.ResearchInstitution => slots.Fill(random.Pick(OrganisationWords.ResearchNames)),
            MemberKind.PublicAuthority => slots.Fill(random.Pick(OrganisationWords.PublicNames)),
            _ => slots.Fill(random.Pick(OrganisationWords.OtherNames)),
        };
    }

    public static IReadOnlyList<string> Descriptions(MemberKind kind) => kind switch
    {
        MemberKind.Company => OrganisationWords.CompanyDescriptions,
        MemberKind.ResearchInstitution => OrganisationWords.ResearchDescriptions,
        MemberKind.PublicAuthority => OrganisationWords.PublicDescriptions,
        _ => OrganisationWords.OtherDescriptions,
    };

    private static string CompanyCore(SeedRandom random, CountrySpec country, CitySpec city, SubSector sub)
    {
        var word = random.Pick(sub.Parent.Spec.CompanyWords);
        var brand = random.Pick(OrganisationWords.BrandStarts) + random.Pick(OrganisationWords.BrandEnds);
        return random.Next(5) switch
        {
            0 => brand,
            1 => $"{city.Name} {word}",
            2 => $"{PersonNames.Next(random, country.Names).Family} {word}",
            _ => $"{brand} {word}",
        };
    }
}
