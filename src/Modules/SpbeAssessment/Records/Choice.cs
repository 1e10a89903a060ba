namespace Pamong.SpbeAssessment.Records;

/// <summary>Reads a choice typed as text ("Operational", "operational") into its enum value; digits and unknown names give null.</summary>
public static class Choice
{
    public static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is { Length: > 0 } && text.All(char.IsAsciiLetter) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) ? value : null;

    /// <summary>Trims text and turns an empty text into null.</summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
