namespace Pamong.SpbeAssessment.Risks;

/// <summary>UI strings of the SPBE risk register (RiskText.resx Indonesian, RiskText.en.resx English).</summary>
public sealed class RiskText;
