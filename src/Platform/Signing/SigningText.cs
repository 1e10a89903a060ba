namespace Pamong.Platform.Signing;

/// <summary>UI strings of electronic signing and document verification (SigningText.resx Indonesian, SigningText.en.resx English).</summary>
public sealed class SigningText;
