namespace Pamong.SpbeAssessment.Records;

/// <summary>A labelled select of named choices (an enum's names with their labels), rendered by _Choice.cshtml.</summary>
public sealed record ChoiceField(string Name, string Label, string? Selected, IEnumerable<(string Value, string Text)> Options, string? Hint = null)
{
    public string Id => Name.Replace('.', '_');
}
