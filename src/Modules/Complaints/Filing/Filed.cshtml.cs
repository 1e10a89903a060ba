using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pamong.Complaints.Filing;

/// <summary>/pengaduan/terkirim: shows the tracking code once, right after filing.</summary>
public sealed class FiledModel : PageModel
{
    public string Code { get; private set; } = "";

    public string? Contact { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData["FiledCode"] is not string code)
        {
            return Redirect("/pengaduan/lacak");
        }

        Code = code;
        Contact = TempData["FiledContact"] as string;
        return Page();
    }
}
