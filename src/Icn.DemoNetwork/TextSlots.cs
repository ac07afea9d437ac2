using System.Text;

namespace Icn.DemoNetwork;

/// <summary>
/// The values a sentence template can name, as {product} or {Product} (capitalised first
/// letter, for the start of a sentence). A template naming a slot that was not given fails
/// loudly rather than printing a placeholder into the demo data.
/// </summary>
internal sealed record TextSlots
{
    public string? Product { get; init; }
    public string? Topic { get; init; }
    public string? Sector { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? Adjective { get; init; }
    public string? Cluster { get; init; }
    public string? Partner { get; init; }
    public string? Region { get; init; }
    public string? Programme { get; init; }
    public string? Year { get; init; }
    public string? Deadline { get; init; }
    public string? Count { get; init; }

    public string Fill(string template)
    {
        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            var value = Lookup(name.ToLowerInvariant())
                ?? throw new InvalidOperationException($"Template slot '{name}' has no value: {template}");
            text.Append(char.IsUpper(name[0]) ? Capitalise(value) : value);
            i = close + 1;
        }

        return text.ToString();
    }

    public static string Capitalise(string value) =>
        value.Length == 0 ? value : string.Concat(char.ToUpperInvariant(value[0]).ToString(), value.AsSpan(1));

    private string? Lookup(string name) => name switch
    {
        "product" => Product,
        "topic" => Topic,
        "sector" => Sector,
        "city" => City,
        "country" => Country,
        "adjective" => Adjective,
        "cluster" => Cluster,
        "partner" => Partner,
        "region" => Region,
        "programme" => Programme,
        "year" => Year,
        "deadline" => Deadline,
        "count" => Count,
        _ => throw new InvalidOperationException($"Unknown template slot '{name}'."),
    };
}
