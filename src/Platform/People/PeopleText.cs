namespace Pamong.Platform.People;

/// <summary>UI strings of the resident (penduduk) pages (PeopleText.resx Indonesian, PeopleText.en.resx English).</summary>
public sealed class PeopleText;
