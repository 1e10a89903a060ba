using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Admin;

/// <summary>One row of the workflow editor's form-field table; choices one per line, file size in KB.</summary>
public sealed class FieldRow
{
    public int? Order { get; set; }
    public string? Key { get; set; }
    public string? Label { get; set; }
    public string? Type { get; set; }
    public bool Required { get; set; }
    public string? Choices { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }
    public string? Hint { get; set; }
    public long? MaxKilobytes { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Label);

    public static FieldRow From(FieldInput f, int order) => new()
    {
        Order = order,
        Key = f.Key,
        Label = f.Label,
        Type = f.Type,
        Required = f.Required,
        Choices = string.Join('\n', f.Choices ?? []),
        Min = Plain(f.Min),
        Max = Plain(f.Max),
        MaxLength = f.MaxLength,
        Hint = f.Hint,
        MaxKilobytes = f.MaxBytes / 1024,
    };

    /// <summary>12.0000 as 12: stored decimals keep their scale, the form shows them plainly.</summary>
    private static decimal? Plain(decimal? value) => value / 1.000000000000000000000000000000000m;

    public FieldInput ToInput() => new()
    {
        Key = Key,
        Label = Label,
        Type = Type,
        Required = Required,
        Choices = [.. (Choices ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Min = Min,
        Max = Max,
        MaxLength = MaxLength,
        Hint = Hint,
        MaxBytes = MaxKilobytes * 1024,
    };
}
