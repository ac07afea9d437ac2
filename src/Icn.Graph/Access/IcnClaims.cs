namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>The claims our authentication adds beside the standard ones.</summary>
internal static class IcnClaims
{
    /// <summary>The cluster an editor works for, or a website key was issued to.</summary>
    public const string Cluster = "icn:cluster";

    /// <summary>The id of the website key a request came with.</summary>
    public const string ApiKey = "icn:api_key";

    /// <summary>Present ("true") when the website key runs trusted documents only, never a query text.</summary>
    public const string TrustedDocumentsOnly = "icn:trusted_documents_only";

    /// <summary>The staff sign-in session a bearer token belongs to; signing out ends it.</summary>
    public const string Session = "icn:session";

    public const string ApiKeyAuthenticationType = "ApiKey";
}
