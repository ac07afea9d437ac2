namespace Icn.Domain.Obligations;

/// <summary>One record that counts towards an obligation: what it is, the day it happened, and which record it is, if any.</summary>
public sealed record ObligationEvidence(string Description, DateOnly Date, EvidenceRecord? Record);
