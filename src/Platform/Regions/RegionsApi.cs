using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Web;

namespace Pamong.Platform.Regions;

/// <summary>The public region API under /api/v1/regions (no sign-in; answered from memory).</summary>
public static class RegionsApi
{
    public static void MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1().WithTags("Regions");

        api.MapGet("/regions/{code}", (string code, RegionDirectory regions) =>
                Lookup(regions.Tree, code, out var region) ?? Results.Ok(RegionJson.From(region!)))
            .WithName("GetRegion")
            .WithSummary("One region by its Kemendagri code (PP, PP.RR, PP.RR.DD or PP.RR.DD.VVVV).")
            .Produces<RegionJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/regions/{code}/children", (string code, RegionDirectory regions) =>
                Lookup(regions.Tree, code, out var region)
                ?? Results.Ok(regions.Tree.ChildrenOf(region!.Code).Select(RegionJson.From).ToList()))
            .WithName("GetRegionChildren")
            .WithSummary("The regions directly below a region, ordered by code (an empty array for a village).")
            .Produces<List<RegionJson>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/regions", Search)
            .WithName("SearchRegions")
            .WithSummary("Regions whose name contains q (case-insensitive) or whose code starts with q, ordered by level and code; "
                + "without q, every region of the level (default: the provinces). Paged.")
            .Produces<Paged<RegionJson>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Search(string? q, string? level, int? page, int? pageSize, RegionDirectory regions)
    {
        RegionLevel? onlyLevel = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (!RegionLevelNames.TryParse(level, out var parsed))
            {
                return Problems.Invalid("region_level_invalid", "Tingkat wilayah harus province, regency, district atau village.");
            }

            onlyLevel = parsed;
        }

        var (number, size) = Paging.Clamp(page, pageSize);
        Paged<Region> found;
        if (q is null)
        {
            found = RegionSearch.List(regions.Tree, onlyLevel ?? RegionLevel.Province, number, size);
        }
        else
        {
            var query = new RegionQuery(q);
            if (query.IsTooShort)
            {
                return Problems.Invalid("query_too_short", $"Kata pencarian minimal {RegionQuery.MinimumLength} karakter.");
            }

            found = RegionSearch.Find(regions.Tree, query, onlyLevel, number, size);
        }

        return Results.Ok(new Paged<RegionJson>([.. found.Items.Select(RegionJson.From)], found.Page, found.PageSize, found.Total));
    }

    /// <summary>Null with the region when the code names one; otherwise the problem to answer.</summary>
    private static IResult? Lookup(RegionTree tree, string code, out Region? region)
    {
        region = null;
        if (!RegionCode.IsWellFormed(code))
        {
            return Problems.Invalid("region_code_invalid",
                "Kode wilayah harus berbentuk PP, PP.RR, PP.RR.DD atau PP.RR.DD.VVVV (angka dengan titik, contoh: 35.10).");
        }

        region = tree.Find(code);
        return region is null ? Problems.NotFound("region_not_found", $"Wilayah dengan kode {code} tidak ditemukan.") : null;
    }
}
