namespace Icn.Domain.Obligations;

/// <summary>The cluster organisation's yearly turnover, in bands so figures stay comparable and discreet.</summary>
public enum TurnoverBand
{
    UnderOneMillion,
    OneToFiveMillion,
    FiveToTwentyMillion,
    OverTwentyMillion,
}
