namespace Icn.Graph.Tests.Hardening;

/// <summary>
/// One request a broken client or an attacker sends, and the answer it must get: the HTTP status
/// and the first error's code (null: no error at all).
/// </summary>
public sealed record HostileRequest(
    string Category,
    string Name,
    string Body,
    int Status,
    string? Code,
    string ContentType = "application/json",
    string Method = "POST",
    string? Authorization = null)
{
    public override string ToString() => $"{Category}: {Name}";
}
