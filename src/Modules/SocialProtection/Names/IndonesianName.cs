namespace Pamong.SocialProtection.Names;

/// <summary>Placeholder until the registry's normaliser is merged: upper case, single spaces.</summary>
public static class IndonesianName
{
    public static string Normalize(string? name) =>
        string.Join(' ', (name ?? "").ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
