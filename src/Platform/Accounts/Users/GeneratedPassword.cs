using System.Security.Cryptography;

namespace Pamong.Platform.Accounts.Users;

/// <summary>A first or reset password made for an officer: four groups of four easy-to-read characters (about 80 bits).</summary>
public static class GeneratedPassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
}
