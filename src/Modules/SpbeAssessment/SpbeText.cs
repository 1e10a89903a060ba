namespace Pamong.SpbeAssessment;

/// <summary>UI strings of the SPBE module (SpbeText.resx Indonesian, SpbeText.en.resx English).</summary>
public sealed class SpbeText;
