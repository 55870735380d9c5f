namespace Entente.Core.Storage;

/// <summary>The store cannot be used (unreadable file, not a database); the message is one line for the user.</summary>
public sealed class StoreException(string message) : Exception(message);
