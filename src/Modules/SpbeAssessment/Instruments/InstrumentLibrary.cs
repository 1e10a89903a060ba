using System.Text.Json;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>The instruments shipped with Pamong (embedded JSON): PermenPANRB 59/2020 and 5/2018.</summary>
public sealed class InstrumentLibrary
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Instrument> _shipped = new(StringComparer.Ordinal);

    public InstrumentLibrary()
    {
        foreach (var id in new[] { "permenpanrb-59-2020", "permenpanrb-5-2018" })
        {
            using var stream = typeof(InstrumentLibrary).Assembly.GetManifestResourceStream($"spbe.{id}.json")
                ?? throw new InvalidOperationException($"The shipped instrument {id} is missing from the build.");
            var instrument = JsonSerializer.Deserialize<Instrument>(stream, Json) ?? throw new InvalidOperationException(id);
            _shipped[instrument.Id] = instrument;
        }
    }

    public IReadOnlyCollection<Instrument> All => _shipped.Values;

    public Instrument? Find(string id) => _shipped.GetValueOrDefault(id);
}
