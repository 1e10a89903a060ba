using System.Security.Cryptography;
using System.Text;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>Secrets of tokens and keys: a recognisable prefix and 32 random bytes (base64url); kept only as SHA-256.</summary>
public static class TokenSecret
{
    public const string PersonalPrefix = "pmg_pat_";
    public const string KeyPrefix = "pmg_key_";
    private const int ShownCharacters = 4;

    public static string New(ApiTokenKind kind) =>
        (kind == ApiTokenKind.Personal ? PersonalPrefix : KeyPrefix) + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The part shown in lists: the kind prefix and a few characters ("pmg_pat_Xy3k").</summary>
    public static string Prefix(string secret) => secret[..Math.Min(secret.Length, PersonalPrefix.Length + ShownCharacters)];

    public static bool LooksLikeOne(string value) =>
        value.StartsWith(PersonalPrefix, StringComparison.Ordinal) || value.StartsWith(KeyPrefix, StringComparison.Ordinal);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
