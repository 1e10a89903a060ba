using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Architecture.Infrastructure;
using Pamong.SpbeAssessment.Architecture.Integrations;
using Pamong.SpbeAssessment.Risks.Monitoring;
using Pamong.SpbeAssessment.Risks.Register;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>Every text the architecture and risk pages ask for exists in Indonesian and in English.</summary>
public sealed partial class SpbeTextTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pamong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    private static HashSet<string> Keys(string resx) =>
        XDocument.Load(Path.Combine(Root, resx)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    /// <summary>Keys written out in the sources (A["Key"], text["Key"]); keys built from a prefix are checked by enum below.</summary>
    private static HashSet<string> UsedKeys(string folder, string localizer) =>
    [
        .. Directory.EnumerateFiles(Path.Combine(Root, folder), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => new Regex("(?:" + localizer + "|text|labels)\\[\"([A-Za-z]+)\"").Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)),
    ];

    [Theory]
    [InlineData("src/Modules/SpbeAssessment/Architecture", "A", "src/Modules/SpbeAssessment/Architecture/ArchitectureText")]
    [InlineData("src/Modules/SpbeAssessment/Risks", "R", "src/Modules/SpbeAssessment/Risks/RiskText")]
    public void Every_key_written_in_the_pages_has_both_languages(string folder, string localizer, string resources)
    {
        var used = UsedKeys(folder, localizer);
        Assert.NotEmpty(used);
        foreach (var language in new[] { ".resx", ".en.resx" })
        {
            var missing = used.Except(Keys(resources + language)).ToList();
            Assert.True(missing.Count == 0, resources + language + " lacks: " + string.Join(", ", missing));
        }
    }

    [Fact]
    public void Every_choice_has_a_label_in_both_languages()
    {
        var architecture = Enum.GetNames<ApplicationUsers>().Select(n => "Users_" + n)
            .Concat(Enum.GetNames<Hosting>().Select(n => "Hosting_" + n))
            .Concat(Enum.GetNames<ApplicationStatus>().Select(n => "Status_" + n))
            .Concat(Enum.GetNames<SecurityCategory>().Select(n => "Security_" + n))
            .Concat(Enum.GetNames<ApplicationBuilder>().Select(n => "BuiltBy_" + n))
            .Concat(Enum.GetNames<DataClassification>().Select(n => "Classification_" + n))
            .Concat(Enum.GetNames<UpdateFrequency>().Select(n => "Frequency_" + n))
            .Concat(Enum.GetNames<InfrastructureKind>().Select(n => "Kind_" + n))
            .Concat(Enum.GetNames<IntegrationMethod>().Select(n => "Method_" + n))
            .Concat(Enum.GetNames<IntegrationStatus>().Select(n => "IntegrationStatus_" + n))
            .Append("PamongModulePurpose_spbe");
        var risks = Enum.GetNames<RiskKind>().SelectMany(n => new[] { "Kind_" + n, "KindHint_" + n })
            .Concat(Enum.GetNames<ImpactArea>().Select(n => "Area_" + n))
            .Concat(Enum.GetNames<TreatmentOption>().SelectMany(n => new[] { "Option_" + n, "OptionHint_" + n }))
            .Concat(Enum.GetNames<MonitoringStatus>().Select(n => "Monitoring_" + n))
            .Concat(Enumerable.Range(1, 5).SelectMany(l => new[] { "Likelihood_" + l, "Impact_" + l, "LikelihoodChance_" + l }))
            .Concat(Enumerable.Range(2, 4).SelectMany(f => new[] { "FormName_" + f, "FormSlug_" + f, "FormTitle_" + f }));

        foreach (var (keys, resources) in new[] { (architecture, "src/Modules/SpbeAssessment/Architecture/ArchitectureText"), (risks, "src/Modules/SpbeAssessment/Risks/RiskText") })
        {
            foreach (var language in new[] { ".resx", ".en.resx" })
            {
                var missing = keys.Except(Keys(resources + language)).ToList();
                Assert.True(missing.Count == 0, resources + language + " lacks: " + string.Join(", ", missing));
            }
        }
    }

    [Fact]
    public void The_menu_entries_have_both_languages()
    {
        foreach (var language in new[] { ".resx", ".en.resx" })
        {
            Assert.Superset(new HashSet<string> { "SpbeArchitecture", "SpbeRisks" }, Keys("src/Platform/Localization/Text" + language));
        }
    }
}
