using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pamong.Platform.Web;

/// <summary>
/// Accessible form errors: an <c>input</c>, <c>select</c> or <c>textarea</c> with <c>asp-for</c> gets
/// <c>aria-describedby</c> pointing at its <c>&lt;field-errors for="..."&gt;</c> and <c>aria-invalid</c> when it has errors.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AriaInvalidTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    // After the framework's own tag helpers.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["type"]?.Value?.ToString() is "hidden" or "checkbox" or "radio")
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!output.Attributes.ContainsName("aria-describedby"))
        {
            output.Attributes.SetAttribute("aria-describedby", FieldErrorsTagHelper.IdFor(name));
        }

        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}
