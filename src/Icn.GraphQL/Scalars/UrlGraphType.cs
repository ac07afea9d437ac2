namespace Icn.GraphQL.Scalars;

/// <summary>An absolute http or https URL.</summary>
public sealed class UrlGraphType : ValidatedStringGraphType
{
    public UrlGraphType()
    {
        Name = "URL";
        Description = "An absolute http or https URL, e.g. \"https://cleantech.example/\".";
    }

    protected override string? Problem(string value) =>
        value.Length <= 2000 && Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "expected an absolute http(s) URL of at most 2000 characters.";
}
