namespace Icn.Domain.Documents;

/// <summary>
/// A GraphQL document an admin published so that websites can run it by its id instead of sending
/// its text. The id is the SHA-256 of the text (lowercase hex), so a document never changes: a
/// changed text is another document with another id.
/// </summary>
public sealed class TrustedDocument
{
    public const int NameLength = 200;

    /// <summary>The SHA-256 of <see cref="Body"/>'s UTF-8 bytes, 64 lowercase hex digits; requests send it as "sha256:&lt;id&gt;".</summary>
    public required string Id { get; set; }

    /// <summary>The document's text, exactly as it was hashed.</summary>
    public required string Body { get; set; }

    /// <summary>A label for people, e.g. the file it came from; not unique.</summary>
    public string? Name { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The admin who published it first.</summary>
    public Guid? CreatedById { get; set; }
}
