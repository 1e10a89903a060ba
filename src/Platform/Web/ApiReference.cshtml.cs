using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pamong.Platform.Web;

/// <summary>
/// The browsable API reference: every /api/v1 operation grouped by area, read from the same
/// metadata the OpenAPI document (/openapi/v1.json) is generated from. Server-rendered, no JavaScript.
/// </summary>
public sealed class ApiReferenceModel(IApiDescriptionGroupCollectionProvider explorer) : PageModel
{
    public sealed record Operation(string Method, string Path, string? Summary, string Access, IReadOnlyList<string> Parameters);

    public IReadOnlyList<IGrouping<string, Operation>> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = explorer.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Select(d => (Tag: d.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>().FirstOrDefault()?.Tags is [var first, ..] ? first : "Lainnya", Operation: Describe(d)))
            .OrderBy(x => x.Tag, StringComparer.Ordinal).ThenBy(x => x.Operation.Path, StringComparer.Ordinal).ThenBy(x => x.Operation.Method, StringComparer.Ordinal)
            .GroupBy(x => x.Tag, x => x.Operation)
            .ToList();
    }

    private static Operation Describe(ApiDescription d)
    {
        var metadata = d.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
        var access = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any()
            ? "public"
            : policies.Count > 0 ? string.Join(", ", policies) : "signed-in";
        var parameters = d.ParameterDescriptions
            .Where(p => p.Source.Id is "Path" or "Query" or "Body" or "Header")
            .Select(p => $"{p.Name} ({p.Source.Id.ToLowerInvariant()})")
            .ToList();
        return new Operation(d.HttpMethod ?? "GET", "/" + d.RelativePath, metadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary, access, parameters);
    }
}
