using System.ComponentModel;
using Icn.Domain.Access;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Access;

/// <summary>The input of createApiKey.</summary>
internal sealed record CreateApiKeyInput
{
    [Id("Cluster"), Description("The cluster whose website uses the key.")]
    public Guid ClusterId { get; init; }

    [Text(ApiKey.NameLength), Description("What the key is for, e.g. the website's address; at most {max} characters.")]
    public string Name { get; init; } = "";

    // Counted after normalising (ApiKeyOrigins), when "https://a.example/" and "https://A.example" are one.
    [Texts(int.MaxValue, WebsiteOriginNames.MaxLength), AllowedOriginsDescription]
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    [Description("When true, the key runs only published trusted documents (requests send `documentId`); a request that sends a query text is refused with FORBIDDEN. Set when the key is made; false when omitted.")]
    public bool? TrustedDocumentsOnly { get; init; }

    /// <summary>The key these fields describe, with its secret's <paramref name="prefix"/> and <paramref name="hash"/> and the <paramref name="origins"/> in their normal form.</summary>
    public ApiKey ToKey(string prefix, byte[] hash, List<string> origins, DateTime now, Guid? createdById) => new()
    {
        Id = Guid.CreateVersion7(),
        ClusterId = ClusterId,
        Name = Name,
        Prefix = prefix,
        SecretHash = hash,
        AllowedOrigins = origins,
        TrustedDocumentsOnly = TrustedDocumentsOnly ?? false,
        CreatedAt = now,
        CreatedById = createdById,
    };

    /// <summary>
    /// The description names the number of origins a key may list, which the field's rule does not
    /// carry (the count is checked after normalising), so it is made from the limit here.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    private sealed class AllowedOriginsDescriptionAttribute() : DescriptionAttribute(
        $"The browser origins that may use the key (scheme://host[:port], e.g. \"https://www.cluster.example\"), at most {WebsiteOriginNames.MaxPerKey}; empty for a key used only from servers.");
}

/// <summary>The input of revokeApiKey.</summary>
internal sealed record RevokeApiKeyInput
{
    [Id("ApiKey"), Description("The key.")]
    public Guid Id { get; init; }
}
