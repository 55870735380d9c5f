using System.Security.Cryptography;
using System.Text;

namespace Entente.Core.Storage;

/// <summary>The identity of an input's content, so re-ingesting the same text adds nothing.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
