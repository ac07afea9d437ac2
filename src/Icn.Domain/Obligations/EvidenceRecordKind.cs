namespace Icn.Domain.Obligations;

/// <summary>The kinds of record that show an obligation met (or, for an unpaid invoice, owed).</summary>
public enum EvidenceRecordKind
{
    FeeInvoice,
    Article,
    Event,
    Opportunity,
    Benchmark,
}
