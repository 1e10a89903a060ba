using System.Globalization;
using Pamong.Platform.People;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Forms;

/// <summary>
/// Checks a citizen's answers against the form fields of a workflow version and reports every problem,
/// each keyed by the field's key. Files are checked for presence only here; their content is checked by
/// <see cref="UploadSniffing"/> when they are uploaded.
/// </summary>
public static class FormValidation
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <param name="answers">The submitted values by field key (a missing key is an empty answer).</param>
    /// <param name="uploadedFiles">The keys of File fields that have an accepted upload.</param>
    /// <param name="today">For the NIK's birth-date check (the Pemda's local date).</param>
    public static FormCheck Check(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> answers,
        IReadOnlySet<string> uploadedFiles, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        var stored = new Dictionary<string, string>();
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            if (field.Type == FieldType.File)
            {
                if (field.Required && !uploadedFiles.Contains(field.Key))
                {
                    problems.Add(new(field.Key, "file_required", $"Unggah berkas {field.Label}."));
                }

                continue;
            }

            var value = answers.TryGetValue(field.Key, out var raw) ? raw?.Trim() ?? "" : "";
            if (value.Length == 0)
            {
                if (field.Required)
                {
                    problems.Add(new(field.Key, "required", $"{field.Label} wajib diisi."));
                }

                continue;
            }

            var problem = CheckValue(field, value, today, out var normalised);
            if (problem is null)
            {
                stored[field.Key] = normalised;
            }
            else
            {
                problems.Add(problem);
            }
        }

        var known = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(answers.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal)
            .Select(k => new FieldProblem(k, "unknown_field", $"Isian \"{k}\" tidak ada pada formulir layanan ini.")));
        return new FormCheck(stored, problems);
    }

    private static FieldProblem? CheckValue(FormField field, string value, DateOnly today, out string normalised)
    {
        normalised = value;
        switch (field.Type)
        {
            case FieldType.Text when field.MaxLength is { } max && value.Length > max:
                return new(field.Key, "too_long", $"{field.Label} paling banyak {max} karakter.");
            case FieldType.Number:
                if (!decimal.TryParse(value, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
                {
                    return new(field.Key, "not_a_number", $"{field.Label} harus berupa angka (contoh: 12 atau 12.5).");
                }

                if (field.Min is { } min && number < min)
                {
                    return new(field.Key, "below_min", $"{field.Label} paling kecil {min.ToString(CultureInfo.InvariantCulture)}.");
                }

                if (field.Max is { } maxNumber && number > maxNumber)
                {
                    return new(field.Key, "above_max", $"{field.Label} paling besar {maxNumber.ToString(CultureInfo.InvariantCulture)}.");
                }

                normalised = number.ToString(CultureInfo.InvariantCulture);
                return null;
            case FieldType.Date:
                if (!DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return new(field.Key, "not_a_date", $"{field.Label} harus berupa tanggal dengan format TTTT-BB-HH (contoh: 2026-11-23).");
                }

                normalised = date.ToString(DateFormat, CultureInfo.InvariantCulture);
                return null;
            case FieldType.Choice when !field.Choices.Contains(value, StringComparer.Ordinal):
                return new(field.Key, "not_a_choice", $"Pilih {field.Label} dari daftar: {string.Join(", ", field.Choices)}.");
            case FieldType.Nik:
                var check = Nik.Check(value, today);
                return check.Valid ? null : new(field.Key, "nik_invalid",
                    $"{field.Label}: " + string.Join(" ", check.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message)));
        }

        return null;
    }
}
