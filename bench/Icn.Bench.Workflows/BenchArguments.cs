using System.Globalization;

namespace Icn.Bench.Workflows;

/// <summary>The command line after the command's name: <c>--name value</c> pairs, read by name with a default.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public BenchArguments(IEnumerable<string> arguments)
    {
        using var items = arguments.GetEnumerator();
        while (items.MoveNext())
        {
            var name = items.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !items.MoveNext())
            {
                throw new ArgumentException($"Expected '--name value' pairs, found '{name}' without a value.");
            }

            values[name[2..]] = items.Current;
        }
    }

    public string Text(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
