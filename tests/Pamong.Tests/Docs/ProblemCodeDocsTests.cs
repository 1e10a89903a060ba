using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Pamong.Tests.Docs;

/// <summary>Every problem code the region and identifier features can answer is documented, and shown in both languages.</summary>
public partial class ProblemCodeDocsTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pamong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static HashSet<string> CodesIn(params string[] sourceFiles) =>
    [
        .. sourceFiles.SelectMany(f => QuotedCode().Matches(File.ReadAllText(Path.Combine(Root, f))).Select(m => m.Groups[1].Value)),
    ];

    private static HashSet<string> DocumentedIn(string doc) =>
        [.. DocumentedCode().Matches(File.ReadAllText(Path.Combine(Root, doc))).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Every_identifier_problem_code_is_in_the_table_of_docs_identifiers()
    {
        var codes = CodesIn("src/Platform/People/Nik.cs", "src/Platform/People/KkNumber.cs", "src/Platform/People/Nip.cs",
            "src/Platform/IdentifierChecks/IdentifierCheckApi.cs");

        Assert.Contains("nik_district_unknown", codes);
        Assert.Contains("nik_input_too_long", codes);
        Assert.Equal(codes.Order(), DocumentedIn("docs/identifiers.md").Order());
    }

    [Fact]
    public void Every_region_problem_code_is_documented_in_the_module_page()
    {
        var codes = CodesIn("src/Platform/Regions/RegionsApi.cs");

        Assert.Equal(["query_too_short", "region_code_invalid", "region_level_invalid", "region_not_found"], codes.Order());
        Assert.Superset(codes, DocumentedIn("docs/modules/regions.md"));
    }

    [Theory]
    [InlineData("src/Platform/IdentifierChecks/IdentifierCheckText.resx")]
    [InlineData("src/Platform/IdentifierChecks/IdentifierCheckText.en.resx")]
    public void Every_nik_and_kk_check_problem_has_a_text_for_the_page(string resx)
    {
        var keys = XDocument.Load(Path.Combine(Root, resx)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var codes = CodesIn("src/Platform/People/Nik.cs", "src/Platform/People/KkNumber.cs");

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains("Problem_" + code, keys));
    }

    /// <summary>A problem code as the source writes it: "nik_serial_zero" as the first argument of a problem.</summary>
    [GeneratedRegex(@"(?:Error|Warning|Invalid|NotFound)\(\s*""([a-z0-9]+(?:_[a-z0-9]+)+)""")]
    private static partial Regex QuotedCode();

    /// <summary>A code in the first column of a documentation table: | `nik_serial_zero` |.</summary>
    [GeneratedRegex(@"^\| `([a-z][a-z0-9]*(?:_[a-z0-9]+)+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
