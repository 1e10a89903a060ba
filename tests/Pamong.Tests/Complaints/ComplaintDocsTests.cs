using System.Text.RegularExpressions;

namespace Pamong.Tests.Complaints;

/// <summary>Every problem code the complaints module can answer is in the table of docs/modules/complaints.md.</summary>
public sealed partial class ComplaintDocsTests
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
    public void Every_complaint_problem_code_is_documented()
    {
        var root = Root();
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src", "Modules", "Complaints"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var documented = Documented().Matches(File.ReadAllText(Path.Combine(root, "docs", "modules", "complaints.md")))
            .SelectMany(m => m.Groups[1].Value.Split(", ").Select(c => c.Trim('`')))
            .ToHashSet();

        Assert.Contains("complaint_rate_limited", codes);
        Assert.Contains("complaint_not_routable", codes);
        Assert.Empty(codes.Except(documented).Order());
    }

    [GeneratedRegex(@"""(complaint_[a-z0-9_]+)""")]
    private static partial Regex Code();

    /// <summary>The first column of a documentation table: | `code` | or | `a`, `b` |.</summary>
    [GeneratedRegex(@"^\| (`[a-z][a-z0-9_]*`(?:, `[a-z][a-z0-9_]*`)*) \|", RegexOptions.Multiline)]
    private static partial Regex Documented();
}
