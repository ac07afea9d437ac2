namespace Icn.Graph.Hosting;

/// <summary>How the API names itself to the outside, and what it takes in (configuration section "Api").</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The address people reach the API at, for links in e-mails (e.g. an invitation).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080");

    /// <summary>How long an invitation link can be used (once) to choose a password.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The largest request body any endpoint accepts, in bytes; a larger one gets 413 before it is parsed.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}
