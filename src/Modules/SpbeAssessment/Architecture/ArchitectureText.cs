namespace Pamong.SpbeAssessment.Architecture;

/// <summary>UI strings of the SPBE architecture inventory (ArchitectureText.resx Indonesian, ArchitectureText.en.resx English).</summary>
public sealed class ArchitectureText;
