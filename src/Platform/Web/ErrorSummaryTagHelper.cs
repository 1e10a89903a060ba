using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pamong.Platform.Web;

/// <summary><c>&lt;error-summary /&gt;</c>: when the form has errors, an alert listing them all, so screen readers announce them.</summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The heading of the alert, e.g. "Periksa kembali isian berikut:".</summary>
    public string Title { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = ViewContext.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct().ToList();
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagMode = TagMode.StartTagAndEndTag;
        output.TagName = "div";
        output.Attributes.SetAttribute("class", "notice notice--error");
        output.Attributes.SetAttribute("role", "alert");
        var html = new HtmlContentBuilder();
        html.AppendHtml("<p><strong>").Append(Title).AppendHtml("</strong></p><ul>");
        foreach (var message in messages)
        {
            html.AppendHtml("<li>").Append(message).AppendHtml("</li>");
        }

        html.AppendHtml("</ul>");
        output.Content.SetHtmlContent(html);
    }
}
