namespace Icn.Graph.Obligations;

/// <summary>One record that counts towards an obligation: what it is, the day it happened, and the Node it is (its global id), if any.</summary>
internal sealed record ObligationEvidence(string Description, DateOnly Date, string? NodeId);
