namespace Icn.Domain.Common;

/// <summary>An amount in minor units (cents) of an ISO 4217 currency: never a floating point number.</summary>
public sealed class Money
{
    public long AmountMinor { get; set; }

    public string Currency { get; set; } = "EUR";
}
