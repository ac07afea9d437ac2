namespace Icn.Domain.Staff;

/// <summary>
/// One sign-in of a staff account, from /auth/login until it is signed out, its refresh token is
/// reused, or it is left unrefreshed past the refresh token's lifetime. Its access tokens name it,
/// and only the refresh token of its current <see cref="Generation"/> refreshes it.
/// </summary>
public sealed class SignInSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>Which refresh token is current: 1 at sign-in, one more at each refresh.</summary>
    public int Generation { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime RefreshedAt { get; set; }

    /// <summary>Set when the session ends; its tokens never work again.</summary>
    public DateTime? EndedAt { get; set; }

    /// <summary>Why it ended: "logout" or "refresh_token_reused".</summary>
    public string? EndReason { get; set; }
}
