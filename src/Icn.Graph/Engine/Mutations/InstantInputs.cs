namespace Icn.Graph.Engine.Mutations;

/// <summary>Input fields of the DateTime scalar, read as the UTC instants timestamptz stores.</summary>
internal static class InstantInputs
{
    /// <summary>The instant of <paramref name="field"/> in UTC; null when absent or null. An input with another offset names the same instant.</summary>
    public static DateTime? Instant(this MutationInput input, string field) =>
        input.Value<DateTime>(field) switch
        {
            { Kind: DateTimeKind.Utc } utc => utc,
            { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
            { } unspecified => DateTime.SpecifyKind(unspecified, DateTimeKind.Utc),
            null => input.Value<DateTimeOffset>(field)?.UtcDateTime,
        };
}
