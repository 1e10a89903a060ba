namespace Pamong.Complaints;

/// <summary>UI strings of the complaints module (ComplaintText.resx Indonesian, ComplaintText.en.resx English).</summary>
public sealed class ComplaintText;
