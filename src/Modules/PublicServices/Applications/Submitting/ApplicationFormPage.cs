using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Web;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>
/// What the form pages share (apply online, apply at the counter, fix a returned application): the dynamic
/// fields, what was typed (kept when the form comes back with errors) and the messages per field.
/// Inputs are named "a_{key}" (answers) and "f_{key}" (files).
/// </summary>
public abstract class ApplicationFormPage : PageModel
{
    public const long MaxRequestBytes = 40 * 1024 * 1024;

    public IReadOnlyList<FormField> Fields { get; protected set; } = [];

    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string[]> Errors { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>File fields that already hold a file (resubmission): key → file name.</summary>
    public Dictionary<string, string> KeptFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether files were chosen that must be chosen again (the form came back with errors).</summary>
    public bool FilesToChooseAgain { get; private set; }

    public static string InputId(string key) => "a_" + key;

    public static string FileId(string key) => "f_" + key;

    /// <summary>The element id an error of <paramref name="field"/> links to (a form field, or an applicant input).</summary>
    public string TargetOf(string field) =>
        Fields.FirstOrDefault(f => f.Key == field) is { } formField
            ? formField.Type == FieldType.File ? FileId(field) : InputId(field)
            : field;

    public string[] ErrorsOf(string field) => Errors.GetValueOrDefault(field) ?? [];

    public string? Invalid(string field) => ErrorsOf(field).Length > 0 ? "true" : null;

    public bool HasErrors => Errors.Count > 0;

    protected Dictionary<string, string?> ReadAnswers()
    {
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in Fields.Where(f => f.Type != FieldType.File))
        {
            answers[field.Key] = Request.Form[InputId(field.Key)].ToString();
            Values[field.Key] = answers[field.Key];
        }

        return answers;
    }

    protected async Task<List<Upload>> ReadUploadsAsync(CancellationToken ct)
    {
        var uploads = new List<Upload>();
        foreach (var field in Fields.Where(f => f.Type == FieldType.File))
        {
            if (Request.Form.Files.GetFile(FileId(field.Key)) is not { Length: > 0 } file)
            {
                continue;
            }

            // Read at most one byte over the limit: enough to know the file is too large.
            var limit = (field.MaxBytes ?? ApplicationForm.DefaultMaxBytes) + 1;
            using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            uploads.Add(new Upload(field.Key, file.FileName, buffer.ToArray()));
        }

        return uploads;
    }

    /// <summary>Shows a refusal on the form: messages by field; the page answers with the refusal's status.</summary>
    protected void Show(Refusal refusal, bool filesWereChosen)
    {
        Errors = refusal.Errors.Count > 0
            ? refusal.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal)
            : new Dictionary<string, string[]>(StringComparer.Ordinal) { [""] = [refusal.Detail] };
        FilesToChooseAgain = filesWereChosen;
        Response.StatusCode = refusal.Status;
    }

    protected bool AnyFileChosen() => Request.HasFormContentType && Request.Form.Files.Any(f => f.Length > 0);
}
