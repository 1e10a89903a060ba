using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pamong.Platform.Web;

/// <summary><c>&lt;field-errors for="Input.Nik" /&gt;</c>: the field's messages (a list when there are several), or an empty placeholder.</summary>
[HtmlTargetElement("field-errors", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorsTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public static string IdFor(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_') + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var messages = ViewContext.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).ToList()
            : [];
        output.TagMode = TagMode.StartTagAndEndTag;
        output.TagName = messages.Count > 1 ? "ul" : "span";
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", IdFor(name));
        if (messages.Count == 1)
        {
            output.Content.SetContent(messages[0]);
        }
        else
        {
            foreach (var message in messages)
            {
                output.Content.AppendHtml("<li>").Append(message).AppendHtml("</li>");
            }
        }
    }
}
