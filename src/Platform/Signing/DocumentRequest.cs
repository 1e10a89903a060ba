namespace Pamong.Platform.Signing;

/// <summary>
/// What to issue: the kind of document (e.g. "layanan.surat-keterangan"), its official number and title, the unit
/// that issues it (an organisation unit code) and, optionally, the officer who signs it with their own certificate.
/// </summary>
public sealed record DocumentRequest(string Kind, string Number, string Title, string IssuerUnitCode, string? SignerUserId);
