namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A monetary amount in one currency (the WCO DM <c>currencyID</c> attribute); a null currency means the declaration's currency.</summary>
public sealed record Amount(decimal Value, CurrencyCode? Currency = null);
