namespace Pamong.Platform.IdentifierChecks;

/// <summary>The body of POST /api/v1/nik and /api/v1/kk: <c>{"value":"3510015705900001"}</c>.</summary>
public sealed record IdentifierInput(string? Value);
