using Icn.Domain.Common;

namespace Icn.DemoNetwork.Tests;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Malmö Energy & Environment Cluster", "malmo-energy-and-environment-cluster")]
    [InlineData("Poznań, Wrocław & Kraków", "poznan-wroclaw-and-krakow")]
    [InlineData("  Liège -- Green  Valley!  ", "liege-green-valley")]
    [InlineData("Reykjavík Cleantech Cluster", "reykjavik-cleantech-cluster")]
    [InlineData("Straße Ærø Søby", "strasse-aero-soby")]
    public void Names_become_valid_slugs(string name, string slug)
    {
        Assert.Equal(slug, Slugs.From(name));
        Assert.True(CheckRules.IsSlug(Slugs.From(name)));
    }

    [Fact]
    public void Long_slugs_are_cut_at_a_word_boundary()
    {
        var slug = Slugs.From("alpha beta gamma delta", 13);

        Assert.Equal("alpha-beta", slug);
    }

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
