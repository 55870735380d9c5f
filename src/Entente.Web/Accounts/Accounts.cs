using System.Security.Cryptography;
using System.Text;
using Entente.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace Entente.Web.Accounts;

/// <summary>
/// Workspace users: passwords hashed with ASP.NET Core Identity's PasswordHasher (PBKDF2), API
/// tokens stored only as their SHA-256, both generated here and shown once.
/// </summary>
public static class Accounts
{
    private static readonly PasswordHasher<WorkspaceUser> Hasher = new();

    /// <summary>Creates a user and returns their one-time password.</summary>
    public static string Add(IReviewsStore store, string name, string role)
    {
        if (!ValidName(name)) throw new ArgumentException($"'{name}' is not a user name (1 to 64 letters, digits, '.', '-' or '_')");
        if (!WorkspaceRoles.All.Contains(role)) throw new ArgumentException($"'{role}' is not a role ({string.Join(", ", WorkspaceRoles.All)})");
        var password = Secret(15);
        var user = new WorkspaceUser(name, role, "");
        store.AddUser(user with { PasswordHash = Hasher.HashPassword(user, password) });
        return password;
    }

    /// <summary>The user when the password is theirs; null otherwise (the same answer for an unknown name).</summary>
    public static WorkspaceUser? Verify(IReviewsStore store, string name, string password)
    {
        var user = store.User(name);
        if (user is null)
        {
            // Spend the same time as a real check, so a response time does not tell which names exist.
            Hasher.VerifyHashedPassword(new WorkspaceUser("", "", ""), DummyHash, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>Issues a new API token for the user (the previous one stops working) and returns it.</summary>
    public static string NewToken(IReviewsStore store, string name)
    {
        var token = "ent_" + Secret(32);
        store.SetTokenHash(name, TokenHash(token));
        return token;
    }

    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool ValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static readonly string DummyHash = Hasher.HashPassword(new WorkspaceUser("", "", ""), Secret(15));

    private static string Secret(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
