using GraphQL.Types;
using Icn.Domain.Obligations;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Workflows;

namespace Icn.Graph.Obligations;

internal sealed class ObligationEvidenceType : ObjectGraphType<ObligationEvidence>
{
    public ObligationEvidenceType()
    {
        Name = "ObligationEvidence";
        Description = "One record of the network that counts towards an obligation: a payment, an article, an event attended, an opportunity or interest, a benchmark.";
        Field(e => e.Description).Description("What the record shows, in words, e.g. \"Fee paid (reference ICN-2026-0007).\"");
        Field<NonNullGraphType<CalendarDateGraphType>>("date")
            .Description("The day it happened (UTC): paid, published, the event's start, expressed, submitted; an unpaid invoice's issue day.")
            .Resolve(context => context.Source.Date);
        // Loaded through the node sources, batched per type: the caller gets only what node(id)
        // would give them (an opportunity since unpublished is null), never more.
        Field<NodeInterface>("node")
            .Description("The record itself (a FeeInvoice, Article, Event, Opportunity or Benchmark); null when there is none or the caller may not read it.")
            .Resolve(context => context.Source.Record is { } record
                ? context.RequestServices!.GetRequiredService<SubjectLoader>().Load.Load(GlobalId.Encode(NodeTypeOf(record.Kind), record.Id))
                : null);
    }

    /// <summary>The Node type each kind of record is in the schema.</summary>
    private static string NodeTypeOf(EvidenceRecordKind kind) => kind switch
    {
        EvidenceRecordKind.FeeInvoice => "FeeInvoice",
        EvidenceRecordKind.Article => "Article",
        EvidenceRecordKind.Event => "Event",
        EvidenceRecordKind.Opportunity => "Opportunity",
        EvidenceRecordKind.Benchmark => "Benchmark",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
