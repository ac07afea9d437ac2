using Icn.Domain.Common;

namespace Icn.Domain.Tests.Common;

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
    }

    [Fact]
    public void Long_slugs_are_cut_at_a_word_boundary()
    {
        var slug = Slugs.From("alpha beta gamma delta", 13);

        Assert.Equal("alpha-beta", slug);
    }
}
