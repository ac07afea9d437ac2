using System.Security.Claims;
using GraphQL.Validation;

namespace Icn.GraphQL.Authorization;

/// <summary>
/// What the engine needs to know about a caller and cannot know itself: which callers read public
/// data only, which may send only trusted documents, who sees validation hints, and how a policy's
/// requirement reads in an error. The host, which defines its callers, roles and policies, answers.
/// </summary>
public interface ICallerRules
{
    /// <summary>Whether every answer this caller can get is public data, so a cacheable GET may be kept by shared caches.</summary>
    bool ReadsPublicDataOnly(ClaimsPrincipal user);

    /// <summary>Whether this caller may send only trusted documents (a <c>documentId</c>), never a <c>query</c> text.</summary>
    bool AcceptsTrustedDocumentsOnly(ClaimsPrincipal user);

    /// <summary>Whether error messages keep validation's "Did you mean …?" hints, which name fields, for this caller.</summary>
    bool SeesSuggestions(ClaimsPrincipal? user);

    /// <summary>
    /// Validation rules besides <see cref="AuthorizationRule"/> that depend on the caller (who may
    /// introspect, say): they run on every execution, and again on a cached document.
    /// </summary>
    IReadOnlyList<IValidationRule> ValidationRules { get; }

    /// <summary>Who a policy admits, in words, for the message of a denied selection.</summary>
    string DescribePolicy(string policy);
}
