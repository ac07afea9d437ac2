using System.Buffers.Text;
using System.Text;

namespace Icn.Graph.Tests.Hardening;

/// <summary>
/// The corpus, by category. Each case exists because real clients or attackers send it: a
/// truncated upload, a form posted cross-site, a number where a string belongs, a flood meant to
/// exhaust the server, an id or cursor taken from elsewhere or forged, stolen or stale credentials.
/// </summary>
public static class HostileRequestCorpus
{
    private const string Regions = "{\"query\":\"{ regions { name } }\"}";

    public static IEnumerable<HostileRequest> All =>
        [.. MalformedBodies, .. WrongTypes, .. Oversize, .. Floods, .. Batches, .. IdsAndCursors, .. Credentials, .. CrossSite];

    public static IEnumerable<HostileRequest> MalformedBodies =>
    [
        new("malformed body", "truncated JSON", "{\"query\": \"{ regions", 400, "BAD_REQUEST"),
        new("malformed body", "empty body", "", 400, "BAD_REQUEST"),
        new("malformed body", "a JSON string, not an object", "\"{ regions { name } }\"", 400, "BAD_REQUEST"),
        new("malformed body", "JSON null", "null", 400, "BAD_REQUEST"),
        new("malformed body", "no query at all", "{\"variables\":{}}", 400, "BAD_REQUEST"),
        new("malformed body", "unparsable GraphQL", "{\"query\":\"{ regions { name \"}", 400, "GRAPHQL_PARSE_FAILED"),
        new("malformed body", "a lone NUL character", "{\"query\":\"\\u0000\"}", 400, "GRAPHQL_PARSE_FAILED"),
        new("malformed body", "duplicate keys with a non-string query", "{\"query\":\"{ regions { name } }\",\"query\":7}", 400, "BAD_REQUEST"),
    ];

    public static IEnumerable<HostileRequest> WrongTypes =>
    [
        new("wrong types", "query is a number", "{\"query\":123}", 400, "BAD_REQUEST"),
        new("wrong types", "variables is a string", "{\"query\":\"{ regions { name } }\",\"variables\":\"{}\"}", 400, "BAD_REQUEST"),
        new("wrong types", "operationName is a number", "{\"query\":\"{ regions { name } }\",\"operationName\":5}", 400, "BAD_REQUEST"),
        new("wrong types", "extensions is a list", "{\"query\":\"{ regions { name } }\",\"extensions\":[]}", 400, "BAD_REQUEST"),
        new("wrong types", "a string for an Int variable", "{\"query\":\"query($n: Int!) { clusters(first: $n) { totalCount } }\",\"variables\":{\"n\":\"ten\"}}", 400, "BAD_USER_INPUT"),
        new("wrong types", "a missing required variable", "{\"query\":\"query($n: Int!) { clusters(first: $n) { totalCount } }\"}", 400, "BAD_USER_INPUT"),
        new("wrong types", "an unknown enum value in a variable", "{\"query\":\"query($s: OpportunityStatus!) { opportunities(where: { status: { eq: $s } }) { totalCount } }\",\"variables\":{\"s\":\"ANY\"}}", 400, "BAD_USER_INPUT"),
        new("wrong types", "an object where a scalar belongs", "{\"query\":\"query($d: DateTime) { events(where: { startsAt: { gt: $d } }) { totalCount } }\",\"variables\":{\"d\":{\"$gt\":\"\"}}}", 400, "BAD_USER_INPUT"),
        new("wrong types", "a NUL character in a filter text", "{\"query\":\"query($t: String!) { opportunities(where: { title: { contains: $t } }) { totalCount } }\",\"variables\":{\"t\":\"a\\u0000b\"}}", 200, "BAD_USER_INPUT"),
        new("wrong types", "a NUL character in a search text", "{\"query\":\"query($q: String!) { search(query: $q) { totalCount } }\",\"variables\":{\"q\":\"energy\\u0000\"}}", 200, "BAD_USER_INPUT"),
        new("wrong types", "an unknown operation name", "{\"query\":\"query A { regions { name } }\",\"operationName\":\"B\"}", 400, "GRAPHQL_VALIDATION_FAILED"),
    ];

    public static IEnumerable<HostileRequest> Oversize =>
    [
        new("oversize", "a body over the limit", "{\"query\":\"{ regions { name } }\",\"variables\":{\"x\":\"" + new string('x', 1_100_000) + "\"}}", 413, "PAYLOAD_TOO_LARGE"),
        new("oversize", "a page over 100", "{\"query\":\"{ clusters(first: 101) { totalCount } }\"}", 200, "BAD_USER_INPUT"),
        new("oversize", "a negative page", "{\"query\":\"{ clusters(last: -1) { totalCount } }\"}", 200, "BAD_USER_INPUT"),
        new("oversize", "an Int literal beyond 32 bits", "{\"query\":\"{ clusters(first: 99999999999) { totalCount } }\"}", 400, "GRAPHQL_VALIDATION_FAILED"),
        new("oversize", "an Int variable beyond 32 bits", "{\"query\":\"query($n: Int) { clusters(first: $n) { totalCount } }\",\"variables\":{\"n\":1e40}}", 400, "BAD_USER_INPUT"),
        new("oversize", "a document over the length limit", "{\"query\":\"{ regions { name } }" + new string(' ', 20_000) + "\"}", 400, "GRAPHQL_PARSE_FAILED"),
        new("oversize", "a huge search text", "{\"query\":\"query($q: String!) { search(query: $q) { totalCount } }\",\"variables\":{\"q\":\"" + new string('a', 100_000) + "\"}}", 200, "BAD_USER_INPUT"),
    ];

    public static IEnumerable<HostileRequest> Floods =>
    [
        new("floods", "deep nesting", Query("{ clusters(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("members(first: 1) { nodes { cluster { ", 8)) + "name" + string.Concat(Enumerable.Repeat(" } } }", 8)) + " } } }"), 400, "GRAPHQL_VALIDATION_FAILED"),
        new("floods", "alias flood", Query("{ " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"a{i}: regions {{ name }}")) + " }"), 400, "GRAPHQL_VALIDATION_FAILED"),
        new("floods", "directive flood", Query("{ regions { name" + string.Concat(Enumerable.Repeat(" @include(if: true)", 60)) + " } }"), 400, "GRAPHQL_VALIDATION_FAILED"),
        new("floods", "token flood", Query("{ regions { " + string.Concat(Enumerable.Repeat("name ", 2_000)) + "} }"), 400, "GRAPHQL_PARSE_FAILED"),
        new("floods", "fragment cycle", Query("query { ...A } fragment A on Query { regions { name } ...B } fragment B on Query { ...A }"), 400, "GRAPHQL_VALIDATION_FAILED"),
        new("floods", "fragment fan-out", Query("query { ...F0 } " + string.Concat(Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Query {{ regions {{ name }} ...F{i + 1} ...F{i + 1} }} ")) + "fragment F12 on Query { regions { name } }"), 400, "GRAPHQL_VALIDATION_FAILED"),
        new("floods", "wide page multiplication", Query("{ clusters(first: 100) { nodes { members(first: 100) { nodes { opportunities: cluster { opportunities(first: 100) { nodes { title } } } } } } } }"), 400, "GRAPHQL_VALIDATION_FAILED"),
    ];

    public static IEnumerable<HostileRequest> Batches =>
    [
        new("batches", "a batch of two", "[" + Regions + "," + Regions + "]", 400, "BAD_REQUEST"),
        new("batches", "an empty batch", "[]", 400, "BAD_REQUEST"),
    ];

    public static IEnumerable<HostileRequest> IdsAndCursors =>
    [
        new("ids and cursors", "a malformed id", Query("{ node(id: \\\"!!not-an-id!!\\\") { id } }"), 200, "BAD_USER_INPUT"),
        new("ids and cursors", "an id of an unknown type", Query($"{{ node(id: \\\"{Encode($"Secret:{Guid.NewGuid():N}")}\\\") {{ id }} }}"), 200, "BAD_USER_INPUT"),
        new("ids and cursors", "an id of a type that does not exist with a SQL payload", Query($"{{ node(id: \\\"{Encode("Cluster:1' OR '1'='1")}\\\") {{ id }} }}"), 200, "BAD_USER_INPUT"),
        new("ids and cursors", "a well-formed id of no row", Query($"{{ node(id: \\\"{Encode($"Cluster:{Guid.NewGuid():N}")}\\\") {{ id }} }}"), 200, null),
        new("ids and cursors", "a foreign-type id in a filter", Query($"{{ clusters(where: {{ id: {{ eq: \\\"{Encode($"Region:{Guid.NewGuid():N}")}\\\" }} }}) {{ totalCount }} }}"), 200, "BAD_USER_INPUT"),
        new("ids and cursors", "a garbage cursor", Query("{ clusters(after: \\\"garbage\\\") { totalCount } }"), 200, "BAD_USER_INPUT"),
        new("ids and cursors", "a forged base64 cursor", Query($"{{ clusters(after: \\\"{Encode("{\\\"k\\\":[1e999]}")}\\\") {{ totalCount }} }}"), 200, "BAD_USER_INPUT"),
        new("ids and cursors", "more than 100 ids", "{\"query\":\"query($ids: [ID!]!) { nodes(ids: $ids) { id } }\",\"variables\":{\"ids\":[" + string.Join(',', Enumerable.Repeat("\"x\"", 101)) + "]}}", 400, "BAD_USER_INPUT"),
    ];

    public static IEnumerable<HostileRequest> Credentials =>
    [
        new("credentials", "a malformed bearer token", Regions, 401, "UNAUTHENTICATED", Authorization: "Bearer not-a-token"),
        new("credentials", "a forged bearer token", Regions, 401, "UNAUTHENTICATED", Authorization: "Bearer CfDJ8" + new string('A', 300)),
        new("credentials", "an unknown website key", Regions, 401, "UNAUTHENTICATED", Authorization: "ApiKey icn_abcdefgh_" + new string('x', 43)),
        new("credentials", "a malformed website key", Regions, 401, "UNAUTHENTICATED", Authorization: "ApiKey ' OR 1=1 --"),
        new("credentials", "an unsupported scheme", Regions, 401, "UNAUTHENTICATED", Authorization: "Basic YWRtaW46YWRtaW4="),
        new("credentials", "a mutation without credentials", Query("mutation { publishOpportunity(input: { id: \\\"x\\\", version: 1 }) { errors { message } } }"), 401, "UNAUTHENTICATED"),
        new("credentials", "the audit log without credentials", Query("{ auditLog { totalCount } }"), 401, "UNAUTHENTICATED"),
    ];

    public static IEnumerable<HostileRequest> CrossSite =>
    [
        new("cross-site", "a form post", "query=mutation%20%7B%20__typename%20%7D", 415, "UNSUPPORTED_MEDIA_TYPE", ContentType: "application/x-www-form-urlencoded"),
        new("cross-site", "a text/plain post of JSON", Regions, 415, "UNSUPPORTED_MEDIA_TYPE", ContentType: "text/plain"),
        new("cross-site", "a multipart form", "--b\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ regions { name } }\r\n--b--", 415, "UNSUPPORTED_MEDIA_TYPE", ContentType: "multipart/form-data; boundary=b"),
        new("cross-site", "a mutation over GET", "mutation { publishOpportunity(input: { id: \"x\", version: 1 }) { errors { message } } }", 405, "GRAPHQL_VALIDATION_FAILED", Method: "GET"),
    ];

    private static string Query(string query) => "{\"query\":\"" + query + "\"}";

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
