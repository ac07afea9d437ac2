namespace Icn.Graph.Mutations;

/// <summary>
/// Reading the fields of a partial update that the entity cannot be without: an input field is
/// nullable so that it can be left out, but an explicit null for it is a mistake to report, not a
/// value to ignore silently.
/// </summary>
internal static class PartialUpdates
{
    /// <summary>The value sent for <paramref name="field"/>; null when absent or sent as null (with an error).</summary>
    public static T? NonNull<T>(this MutationInput input, string field)
        where T : struct
    {
        if (!input.Has(field))
        {
            return null;
        }

        if (input.Value<T>(field) is { } value)
        {
            return value;
        }

        input.Invalid(field, $"'{field}' cannot be cleared; leave it out to keep its value.");
        return null;
    }

    /// <summary>The number sent for <paramref name="field"/> within its range; null when absent, null or out of range (with an error).</summary>
    public static int? NonNullNumber(this MutationInput input, string field, int min, int max) =>
        input.NonNull<int>(field) is null ? null : input.Number(field, min, max);
}
