using GraphQL.Validation;

namespace Icn.GraphQL.Limits;

/// <summary>A document over one of the configured limits; reported as GRAPHQL_VALIDATION_FAILED.</summary>
internal sealed class LimitExceededError(ValidationContext context, string message)
    : ValidationError(context.Document.Source, null!, message);
