namespace Icn.Domain.Obligations;

/// <summary>The record a piece of obligation evidence is: its kind and its key.</summary>
public sealed record EvidenceRecord(EvidenceRecordKind Kind, Guid Id);
