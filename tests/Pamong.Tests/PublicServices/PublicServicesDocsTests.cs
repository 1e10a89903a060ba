using System.Text.RegularExpressions;

namespace Pamong.Tests.PublicServices;

/// <summary>Every problem code the public-services module can answer is mentioned in docs/modules/public-services.md.</summary>
public sealed partial class PublicServicesDocsTests
{
    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pamong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [Fact]
    public void Every_public_services_problem_code_is_documented()
    {
        var root = Root();
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src", "Modules", "PublicServices"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var documented = Mentioned().Matches(File.ReadAllText(Path.Combine(root, "docs", "modules", "public-services.md")))
            .Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Contains("workflow_invalid", codes);
        Assert.Contains("holiday_import_invalid", codes);
        Assert.Contains("file_type_mismatch", codes);
        Assert.Contains("nik_invalid", codes);
        Assert.Empty(codes.Except(documented).Order());
    }

    [GeneratedRegex(@"\b(?:Invalid|NotFound|Conflict|Forbidden|OnField|Refused|FieldProblem|new)\(\s*(?:[\w.]+,\s*)?""([a-z0-9]+(?:_[a-z0-9]+)+)""")]
    private static partial Regex Code();

    [GeneratedRegex(@"`([a-z0-9]+(?:_[a-z0-9]+)+)`")]
    private static partial Regex Mentioned();
}
