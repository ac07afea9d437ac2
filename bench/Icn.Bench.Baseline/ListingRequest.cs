using System.Text.Json;
using System.Text.Json.Serialization;

namespace Icn.Bench.Baseline;

/// <summary>A GraphQL request body; only its variables matter, the query text is the bench's fixed listing.</summary>
internal sealed record ListingRequest(ListingVariables? Variables);

/// <summary>The listing query's variables: page size and status as a GraphQL enum name, e.g. "PUBLISHED".</summary>
internal sealed record ListingVariables(int First, string Status);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ListingRequest))]
internal sealed partial class ListingJsonContext : JsonSerializerContext;
