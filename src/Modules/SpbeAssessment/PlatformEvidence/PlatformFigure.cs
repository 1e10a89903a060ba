namespace Pamong.SpbeAssessment.PlatformEvidence;

/// <summary>A live figure from the platform supporting an indicator; <paramref name="Available"/> false: the module is not there (yet).</summary>
public sealed record PlatformFigure(
    string Source,
    string Title,
    bool Available,
    IReadOnlyList<PlatformFact> Facts,
    IReadOnlyList<PlatformLink> Links,
    string? Note = null);

public sealed record PlatformFact(string Label, string Value);

public sealed record PlatformLink(string Text, string Href);
