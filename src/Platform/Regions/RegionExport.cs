using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Web;

namespace Pamong.Platform.Regions;

/// <summary>The regions directly below a region as a CSV file: <c>/wilayah/35.10/ekspor.csv</c>.</summary>
public static class RegionExport
{
    public static void MapRegionExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/wilayah/{code}/ekspor.csv", (string code, RegionDirectory regions) =>
        {
            var tree = regions.Tree;
            if (!RegionCode.IsWellFormed(code) || tree.Find(code) is not { } region)
            {
                return Results.NotFound();
            }

            var rows = tree.ChildrenOf(region.Code).Select(child => new[]
            {
                child.Code, child.Name, KindWord(child.Kind), RegionLevelNames.Of(child.Level), child.ParentCode,
                tree.ChildrenOf(child.Code).Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            var csv = CsvExport.Write(["kode", "nama", "jenis", "tingkat", "kode_induk", "jumlah_wilayah_bawahan"], rows);
            return Results.File(csv, "text/csv; charset=utf-8", $"wilayah-{region.Code}.csv");
        }).ExcludeFromDescription();

    /// <summary>The official kind in Indonesian, as officers write it in spreadsheets.</summary>
    public static string KindWord(RegionKind kind) => kind switch
    {
        RegionKind.Provinsi => "Provinsi",
        RegionKind.Kabupaten => "Kabupaten",
        RegionKind.Kota => "Kota",
        RegionKind.Kecamatan => "Kecamatan",
        RegionKind.Desa => "Desa",
        RegionKind.Kelurahan => "Kelurahan",
        RegionKind.DesaAdat => "Desa adat",
        _ => kind.ToString(),
    };
}
