namespace Pamong.Platform.AuditTrail;

/// <summary>The audit trail's UI strings: AuditText.resx (Bahasa Indonesia, the default) and AuditText.en.resx.</summary>
public sealed class AuditText;
