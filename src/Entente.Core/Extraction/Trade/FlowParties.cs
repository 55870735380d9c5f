namespace Entente.Core.Extraction.Trade;

/// <summary>The direction of a flow: goods go From one country To the other. Subject is the country the phrase is about.</summary>
internal sealed record FlowParties(string From, string To, string Subject);
