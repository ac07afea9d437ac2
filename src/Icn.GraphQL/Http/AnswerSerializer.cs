using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Icn.GraphQL.Http;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer as the API configures it, with a synchronous write of
/// a whole answer into a buffer: the result is all in memory, so the asynchronous stream path would
/// only add its own buffering and state machines.
/// </summary>
public sealed class AnswerSerializer(IErrorInfoProvider errorInfoProvider)
    // Answers are JSON, never HTML: no need to escape '&', '<' or non-ASCII letters.
    : GraphQLSerializer(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, errorInfoProvider)
{
    public void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = SerializerOptions.Encoder, SkipValidation = true });
        JsonSerializer.Serialize(writer, result, SerializerOptions);
    }
}
