namespace Pamong.Platform.Web;

/// <summary>The result of an operation shared by a page and the API: the value, or the <see cref="Refusal"/>.</summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }

    public Refusal? Refusal { get; }

    /// <summary>Findings that did not stop the operation (e.g. an unknown issuing district on a NIK).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);

    public Outcome<T> With(IReadOnlyList<string> warnings) => new(Value, Refusal) { Warnings = warnings };
}

/// <summary>Collects messages per input field while validating.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
