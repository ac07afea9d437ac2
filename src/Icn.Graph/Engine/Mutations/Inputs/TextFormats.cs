using System.Text.RegularExpressions;
using Icn.Domain.Common;

namespace Icn.Graph.Engine.Mutations;

/// <summary>Reads a [Text] field and checks its <see cref="TextFormat"/>, in the words the API has always used.</summary>
internal static partial class TextFormats
{
    /// <summary>As <see cref="MutationInput.Text"/>, and a ValidationError on the field when the text is not in <paramref name="format"/>.</summary>
    public static string? Text(this MutationInput input, string field, int maxLength, bool required, TextFormat format)
    {
        var text = input.Text(field, maxLength, required);
        var problem = text is null ? null : format switch
        {
            TextFormat.Email when !EmailAddresses.IsValid(text) => $"'{field}' must be an e-mail address such as name@example.org.",
            TextFormat.Phone when !PhoneNumber().IsMatch(text) => $"'{field}' must be a phone number: digits with spaces, '+', '-', '(', ')', '.' or '/'.",
            _ => null,
        };
        if (problem is null)
        {
            return text;
        }

        input.Invalid(field, problem);
        return null;
    }

    /// <summary>Loose on purpose: numbers are written in many national styles; this keeps out only what is not a number.</summary>
    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]{3,}$")]
    private static partial Regex PhoneNumber();
}
