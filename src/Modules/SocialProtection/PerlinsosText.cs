namespace Pamong.SocialProtection;

/// <summary>UI strings of the Perlinsos module (PerlinsosText.resx Indonesian, PerlinsosText.en.resx English).</summary>
public sealed class PerlinsosText;
