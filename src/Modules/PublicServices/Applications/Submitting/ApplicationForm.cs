using System.Globalization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.People;
using Pamong.Platform.Web;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>A file that passed the checks: its real kind (sniffed from the content) and a safe file name.</summary>
public sealed record CheckedUpload(Upload Upload, string FileName, string ContentType);

/// <summary>The answers as stored (by field key, in invariant form), the accepted files and every problem found.</summary>
public sealed record CheckedForm(Dictionary<string, string> Answers, IReadOnlyList<CheckedUpload> Files, IReadOnlyList<Refusal> Problems);

/// <summary>
/// Checks a filled-in form against a workflow version's fields: required answers, types, bounds and choices,
/// and the uploads (present, not too large, really a PDF, JPEG or PNG). Every problem is reported on its field.
/// </summary>
public sealed class ApplicationForm(IStringLocalizer<PublicServicesText> text)
{
    /// <summary>The largest upload when a File field names no limit.</summary>
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public const int DefaultMaxLength = 1000;

    /// <param name="kept">Keys of File fields that already have a file (a resubmission that does not replace it).</param>
    public CheckedForm Check(IEnumerable<FormField> fields, IReadOnlyDictionary<string, string?> answers, IReadOnlyList<Upload> uploads,
        IReadOnlySet<string> kept, DateOnly today)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<CheckedUpload>();
        var problems = new List<Refusal>();
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            if (field.Type == FieldType.File)
            {
                CheckFile(field, uploads.FirstOrDefault(u => u.FieldKey == field.Key && u.Content.Length > 0), kept.Contains(field.Key), files, problems);
                continue;
            }

            var value = (answers.GetValueOrDefault(field.Key) ?? "").Trim();
            if (value.Length == 0)
            {
                if (field.Required)
                {
                    problems.Add(Problem("answer_required", field, text["answer_required", field.Label]));
                }

                continue;
            }

            if (CheckValue(field, value, today) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            stored[field.Key] = Normalised(field, value);
        }

        return new CheckedForm(stored, files, problems);
    }

    private Refusal? CheckValue(FormField field, string value, DateOnly today)
    {
        switch (field.Type)
        {
            case FieldType.Number:
                if (!TryNumber(value, out var number))
                {
                    return Problem("number_invalid", field, text["number_invalid", field.Label]);
                }

                return (field.Min is { } min && number < min) || (field.Max is { } max && number > max)
                    ? Problem("number_out_of_range", field, text["number_out_of_range", field.Label,
                        (field.Min ?? decimal.MinValue).ToString("0.##", CultureInfo.CurrentCulture), (field.Max ?? decimal.MaxValue).ToString("0.##", CultureInfo.CurrentCulture)])
                    : null;
            case FieldType.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : Problem("date_invalid", field, text["date_invalid", field.Label]);
            case FieldType.Choice:
                return field.Choices.Contains(value) ? null : Problem("choice_invalid", field, text["choice_invalid", field.Label]);
            case FieldType.Nik:
                return Nik.Check(value, today).Valid ? null : Problem("nik_invalid", field, text["answer_nik_invalid", field.Label]);
            default:
                return value.Length > (field.MaxLength ?? DefaultMaxLength)
                    ? Problem("answer_too_long", field, text["answer_too_long", field.Label, field.MaxLength ?? DefaultMaxLength]) : null;
        }
    }

    private void CheckFile(FormField field, Upload? upload, bool kept, List<CheckedUpload> files, List<Refusal> problems)
    {
        if (upload is null)
        {
            if (field.Required && !kept)
            {
                problems.Add(Problem("file_required", field, text["file_required", field.Label]));
            }

            return;
        }

        var limit = field.MaxBytes ?? DefaultMaxBytes;
        if (upload.Content.LongLength > limit)
        {
            problems.Add(Problem("file_too_large", field, text["file_too_large", field.Label, Megabytes(limit)]));
            return;
        }

        if (UploadKind.Of(upload.Content) is not { } kind)
        {
            problems.Add(Problem("file_type_not_allowed", field, text["file_type_not_allowed", field.Label]));
            return;
        }

        files.Add(new CheckedUpload(upload, SafeName(upload.FileName, kind), kind.ContentType));
    }

    private static Refusal Problem(string code, FormField field, string message) => Refusal.OnField(code, field.Key, message);

    private static bool TryNumber(string value, out decimal number) =>
        decimal.TryParse(value.Contains(',', StringComparison.Ordinal) && !value.Contains('.', StringComparison.Ordinal) ? value.Replace(',', '.') : value,
            NumberStyles.Number, CultureInfo.InvariantCulture, out number);

    private static string Normalised(FormField field, string value) =>
        field.Type == FieldType.Number && TryNumber(value, out var number) ? number.ToString(CultureInfo.InvariantCulture) : value;

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>The base name without path or odd characters, with the extension of the real kind.</summary>
    internal static string SafeName(string fileName, UploadKind kind)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        var clean = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '.' ? c : '_').ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "berkas";
        }

        return (clean.Length > 120 ? clean[..120] : clean) + kind.Extension;
    }
}
