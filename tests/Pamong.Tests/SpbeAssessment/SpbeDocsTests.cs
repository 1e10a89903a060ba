using System.Text.RegularExpressions;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>Every problem code the SPBE module can answer is documented in docs/modules/spbe*.md.</summary>
public sealed partial class SpbeDocsTests
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
    public void Every_spbe_problem_code_is_documented()
    {
        var root = Root();
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src", "Modules", "SpbeAssessment"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var docs = Path.Combine(root, "docs", "modules");
        var documented = Documented().Matches(File.ReadAllText(Path.Combine(docs, "spbe.md")))
            .SelectMany(m => m.Groups[1].Value.Split(", ").Select(c => c.Trim('`')))
            .Concat(Directory.GetFiles(docs, "spbe-*.md").SelectMany(f => Mentioned().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)))
            .ToHashSet();

        Assert.Contains("period_locked", codes);
        Assert.Contains("evidence_content_mismatch", codes);
        Assert.Empty(codes.Except(documented).Order());
    }

    /// <summary>A problem code as the source writes it: the first argument of a refusal, a problem or the editors' Invalid helper.</summary>
    [GeneratedRegex(@"\b(?:Invalid|NotFound|Conflict|Forbidden|Create)\((?:StatusCodes\.\w+,\s*)?""([a-z0-9]+(?:_[a-z0-9]+)+)""")]
    private static partial Regex Code();

    /// <summary>The first column of a documentation table: | `code` | or | `a`, `b` |.</summary>
    [GeneratedRegex(@"^\| (`[a-z][a-z0-9_]*`(?:, `[a-z][a-z0-9_]*`)*) \|", RegexOptions.Multiline)]
    private static partial Regex Documented();

    [GeneratedRegex(@"`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`")]
    private static partial Regex Mentioned();
}
