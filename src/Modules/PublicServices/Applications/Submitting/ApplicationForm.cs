using Pamong.Platform.Files;
using Pamong.Platform.Web;
using Pamong.PublicServices.Forms;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>A file that passed the checks: its real kind (sniffed from the content) and a safe file name.</summary>
public sealed record CheckedUpload(Upload Upload, string FileName, string ContentType);

/// <summary>The answers as stored (by field key, in invariant form), the accepted files and every problem found.</summary>
public sealed record CheckedForm(IReadOnlyDictionary<string, string> Answers, IReadOnlyList<CheckedUpload> Files, IReadOnlyList<Refusal> Problems);

/// <summary>
/// Checks a filled-in form against a workflow version's fields with the module's <see cref="FormValidation"/>
/// (answers) and <see cref="UploadSniffing"/> (files: really a PDF, JPEG or PNG, within the field's limit).
/// Every problem is reported on its field.
/// </summary>
public sealed class ApplicationForm
{
    public const long DefaultMaxBytes = UploadSniffing.DefaultMaxBytes;

    /// <summary>Above this many characters a Text field is a text area.</summary>
    public const int LongText = 200;

    /// <param name="kept">Keys of File fields that already have a file (a resubmission that does not replace it).</param>
    public CheckedForm Check(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> answers, IReadOnlyList<Upload> uploads,
        IReadOnlySet<string> kept, DateOnly today)
    {
        var files = new List<CheckedUpload>();
        var problems = new List<FieldProblem>();
        foreach (var field in fields.Where(f => f.Type == FieldType.File))
        {
            if (uploads.FirstOrDefault(u => u.FieldKey == field.Key && u.Content.Length > 0) is not { } upload)
            {
                continue;
            }

            using var content = new MemoryStream(upload.Content, writable: false);
            var sniffed = UploadSniffing.Check(field.Key, upload.FileName, content, field.MaxBytes);
            if (sniffed.Kind is { } kind)
            {
                files.Add(new CheckedUpload(upload, SafeName(upload.FileName, kind), kind.ContentType));
            }
            else
            {
                problems.Add(sniffed.Problem!);
            }
        }

        var present = files.Select(f => f.Upload.FieldKey).Concat(kept).ToHashSet(StringComparer.Ordinal);
        var refusedFiles = problems.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var form = FormValidation.Check(fields, answers, present, today);
        problems.AddRange(form.Problems.Where(p => !(p.Code == "file_required" && refusedFiles.Contains(p.Key))));
        var order = fields.ToDictionary(f => f.Key, f => f.Order, StringComparer.Ordinal);
        var refusals = problems.OrderBy(p => order.GetValueOrDefault(p.Key, int.MaxValue))
            .Select(p => Refusal.OnField(p.Code, p.Key, p.Message)).ToList();
        return new CheckedForm(form.Answers, files, refusals);
    }

    /// <summary>The base name without path or odd characters, with the extension of the real kind.</summary>
    internal static string SafeName(string fileName, FileSniffer.FileKind kind)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        var clean = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '.' ? c : '_').ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "berkas";
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return (clean.Length > 120 ? clean[..120] : clean) + (kind.Extensions.Contains(extension) ? extension : kind.Extensions[0]);
    }
}
