using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Pamong.SpbeAssessment;

/// <summary>Reads values typed on an SPBE form (see <see cref="SpbeFormat.TryParse"/>); one that is not a number is an error on its field.</summary>
public sealed class TypedNumbers(ModelStateDictionary state, IStringLocalizer<SpbeText> text)
{
    public decimal? One(string? typed, string field)
    {
        if (SpbeFormat.TryParse(typed, out var value))
        {
            return value;
        }

        state.AddModelError(field, text["NotANumber", typed ?? ""]);
        return null;
    }

    /// <summary>The numbers of a code → typed-value form dictionary; empty entries are left out.</summary>
    public Dictionary<string, decimal> Many(Dictionary<string, string?> typed, string field)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, entry) in typed)
        {
            if (One(entry, field) is { } value)
            {
                values[code] = value;
            }
        }

        return values;
    }
}
