namespace Icn.DemoNetwork.Tests;

/// <summary>The generator's own slugs: unique ones for repeated names, and web addresses without legal forms.</summary>
public sealed class SlugsTests
{
    [Fact]
    public void The_registry_numbers_repeated_slugs()
    {
        var registry = new SlugRegistry();

        Assert.Equal("green-valley", registry.ClaimUnique("green-valley", 80));
        Assert.Equal("green-valley-2", registry.ClaimUnique("green-valley", 80));
        Assert.Equal("green-valley-3", registry.ClaimUnique("green-valley", 80));
    }

    [Fact]
    public void Legal_forms_are_stripped_for_web_addresses()
    {
        var lithuania = PlaceCatalog.Regions.SelectMany(r => r.Countries).Single(c => c.Code == "LT");
        var denmark = PlaceCatalog.Regions.SelectMany(r => r.Countries).Single(c => c.Code == "DK");

        Assert.Equal("Norvind Energy", Prose.WithoutLegalForm(lithuania, "UAB Norvind Energy"));
        Assert.Equal("Norvind Energy", Prose.WithoutLegalForm(denmark, "Norvind Energy ApS"));
        Assert.Equal("Aarhus Energy Agency", Prose.WithoutLegalForm(denmark, "Aarhus Energy Agency"));
    }
}
