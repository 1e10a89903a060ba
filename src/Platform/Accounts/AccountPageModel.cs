using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Pamong.Platform.Accounts;

/// <summary>What the account pages share: a field's errors for accessible forms (aria-invalid, aria-describedby, the messages).</summary>
public abstract class AccountPageModel : PageModel
{
    /// <summary>"true" for aria-invalid when the field has an error, otherwise null (the attribute is left out).</summary>
    public string? Invalid(string field) => Errors(field).Count > 0 ? "true" : null;

    public IReadOnlyList<string> Errors(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    /// <summary>Errors not tied to one field (key "").</summary>
    public IReadOnlyList<string> FormErrors => Errors("");

    public bool HasErrors => ModelState.ErrorCount > 0;

    /// <summary>The element the input's aria-describedby points at ("{field}-error"), with every message of the field.</summary>
    public IHtmlContent FieldError(string field)
    {
        var span = new TagBuilder("span");
        span.AddCssClass("field-error");
        span.Attributes["id"] = field + "-error";
        var errors = Errors(field);
        for (var i = 0; i < errors.Count; i++)
        {
            if (i > 0)
            {
                span.InnerHtml.AppendHtml("<br>");
            }

            span.InnerHtml.Append(errors[i]);
        }

        return span;
    }
}
