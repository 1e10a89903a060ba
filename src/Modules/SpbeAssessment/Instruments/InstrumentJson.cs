using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>Reads and writes instrument definitions (the shape of the shipped JSON files), with Indonesian errors.</summary>
public static class InstrumentJson
{
    /// <summary>Writing: camelCase, indented, without empty optional members.</summary>
    public static readonly JsonSerializerOptions Write = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The instrument, or why the text is not a definition.</summary>
    public static (Instrument? Instrument, string? Problem) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "definisi instrumen kosong");
        }

        try
        {
            var instrument = JsonSerializer.Deserialize<Instrument>(text, InstrumentLibrary.Json);
            return instrument is null ? (null, "definisi instrumen harus berupa objek JSON") : (instrument, null);
        }
        catch (JsonException e)
        {
            return (null, Describe(e));
        }
    }

    public static string Serialize(Instrument instrument) => JsonSerializer.Serialize(instrument, Write);

    /// <summary>An Indonesian description of a JSON problem with its line and place.</summary>
    public static string Describe(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" (baris {line + 1}, kolom {(e.BytePositionInLine ?? 0) + 1})" : "";
        return string.IsNullOrEmpty(e.Path) || e.Path == "$"
            ? $"bukan JSON yang valid{where}"
            : $"nilai di {e.Path} tidak sesuai jenisnya, misalnya angka ditulis sebagai teks atau daftar ditulis sebagai objek{where}";
    }
}
