using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Data;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>What the SPBE tests share: OPD ids of the demo Pemda, the module's context as any tenant, unique names, the text of a workbook.</summary>
public static class SpbeTestData
{
    public static Task<int> OpdId(this PamongApp app, string code) =>
        app.WithDb(db => db.OrganisationUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static async Task<T> WithSpbe<T>(this PamongApp app, Func<SpbeDb, Task<T>> work, string tenant = "banyuwangi")
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<SpbeDb>());
    }

    /// <summary>A page's HTML with character references decoded (Razor writes "—" as "&amp;#x2014;").</summary>
    public static async Task<string> Text(this HttpClient client, string url) => System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(url));

    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..6];

    /// <summary>Every text cell of every sheet of a workbook, joined.</summary>
    public static string WorkbookText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        return string.Join("\n", zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Root!.Value;
        }));
    }
}
