namespace Entente.Core.Ingest;

/// <summary>An input that cannot be read; the message is one line naming the problem, shown to the user with the input's name.</summary>
public sealed class InputException(string message) : Exception(message);
