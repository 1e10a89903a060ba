namespace Pamong.Platform.Regions;

/// <summary>
/// What a person typed to find a region: part of a name (case-insensitive) or the start of a code,
/// with or without dots ("35.10" and "3510" both match Kabupaten Banyuwangi and everything in it).
/// </summary>
public sealed class RegionQuery
{
    public const int MinimumLength = 2;

    private static readonly System.Buffers.SearchValues<char> CodeCharacters = System.Buffers.SearchValues.Create("0123456789.");

    private readonly string _name;
    private readonly string? _codePrefix;

    public RegionQuery(string text)
    {
        Text = text.Trim();
        _name = Text.ToLowerInvariant();
        _codePrefix = RegionCode.Dotted(Text)
            ?? (Text.Length > 0 && Text.AsSpan().IndexOfAnyExcept(CodeCharacters) < 0 ? Text : null);
    }

    public string Text { get; }

    public bool IsTooShort => Text.Length < MinimumLength;

    public bool Matches(Region region) =>
        region.SearchName.Contains(_name, StringComparison.Ordinal)
        || (_codePrefix is not null && region.Code.StartsWith(_codePrefix, StringComparison.Ordinal));
}
