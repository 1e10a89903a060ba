using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pamong.Web.Status;

/// <summary>
/// The page shown for an error status. A failed POST is re-executed here as a POST, so the page takes
/// any method and asks for no antiforgery token (it changes nothing).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
