namespace Pamong.Platform.IdentifierChecks;

/// <summary>UI strings of the NIK / Nomor KK check (IdentifierCheckText.resx Indonesian, .en.resx English).</summary>
public sealed class IdentifierCheckText;
