using System.Text;
using Pamong.Platform.Files;
using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.Gaps;
using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Instruments;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>The pure parts: partial index, gain shares, gap ranking, the simulator, level meanings and file sniffing.</summary>
public sealed class AssessmentArithmeticTests
{
    private static readonly InstrumentLibrary Library = new();
    private static readonly Instrument Instrument = Library.Find("permenpanrb-59-2020")!;

    private static Dictionary<string, int> Levels(Func<int, int> level) =>
        Enumerable.Range(1, 47).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), level);

    [Fact]
    public void A_partial_period_has_values_only_for_complete_aspects_and_domains()
    {
        var levels = Levels(i => 3).Where(l => int.Parse(l.Key, System.Globalization.CultureInfo.InvariantCulture) is <= 14 or 21).ToDictionary();
        var partial = PartialIndex.Compute(Instrument, levels);
        Assert.Null(partial.Complete);
        Assert.Equal(["A1", "A2"], partial.Aspects.Select(a => a.Code));
        Assert.Equal(["D1"], partial.Domains.Select(d => d.Code));
        Assert.Equal(47 - 15, partial.Missing.Count);
    }

    [Fact]
    public void The_share_of_an_indicator_is_its_weight_over_100_exactly()
    {
        Assert.Equal(0.013m, Instrument.ShareOf(Instrument.FindIndicator("1")!));
        Assert.Equal(0.025m, Instrument.ShareOf(Instrument.FindIndicator("12")!));
        Assert.Equal(0.015m, Instrument.ShareOf(Instrument.FindIndicator("30")!));
        Assert.Equal(0.0275m, Instrument.ShareOf(Instrument.FindIndicator("35")!));
        Assert.Equal(0.03m, Instrument.ShareOf(Instrument.FindIndicator("42")!));
        Assert.Equal(1m, Instrument.Indicators.Sum(Instrument.ShareOf));
    }

    [Fact]
    public void Raising_the_first_ranked_gaps_gives_exactly_the_sum_of_their_shares()
    {
        var levels = Levels(i => i % 3 == 0 ? 2 : 3);
        var ranked = GapAnalysis.Rank(Instrument, levels, new Dictionary<string, int>());
        var first = ranked.Take(5).ToList();
        Assert.All(first, r => Assert.Equal(0.03m, r.GainPerLevel));
        var chosen = first.ToDictionary(r => r.Indicator.Code, r => r.Current + 1);
        var outcome = Simulation.Run(Instrument, levels, chosen);
        Assert.Equal(outcome.Current!.Exact + first.Sum(r => r.GainPerLevel), outcome.Simulated!.Exact);
        Assert.Equal(["42", "45", "43", "44", "46"], first.Select(r => r.Indicator.Code)); // level 2 (42, 45) before level 3
    }

    [Fact]
    public void The_simulator_names_unknown_codes_and_levels_outside_one_to_five()
    {
        var outcome = Simulation.Run(Instrument, Levels(_ => 3), new Dictionary<string, int> { ["99"] = 4, ["3"] = 6 });
        Assert.Null(outcome.Simulated);
        Assert.Equal(["99", "3"], outcome.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Every_shipped_indicator_has_a_name_and_a_requirement_for_each_level()
    {
        foreach (var instrument in Library.All)
        {
            Assert.Empty(InstrumentCheck.ForStorage(instrument));
            Assert.Empty(InstrumentCheck.Warnings(instrument));
            foreach (var indicator in instrument.Indicators)
            {
                var levels = instrument.LevelsOf(indicator);
                Assert.Equal([1, 2, 3, 4, 5], levels.Select(l => l.Level));
                Assert.All(levels, l => Assert.False(string.IsNullOrWhiteSpace(l.Requirement), $"{instrument.Id} {indicator.Code} {l.Level}"));
            }
        }

        var policy = Instrument.LevelsOf(Instrument.FindIndicator("1")!);
        Assert.Equal(["Rintisan", "Terkelola", "Terstandarisasi", "Terpadu dan Terukur", "Optimum"], policy.Select(l => l.Name));
        var service = Instrument.LevelsOf(Instrument.FindIndicator("32")!);
        Assert.Equal(["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"], service.Select(l => l.Name));
        Assert.Contains("SP4N-LAPOR!", Instrument.LevelsOf(Instrument.FindIndicator("42")!)[3].Requirement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7 rest", "PDF")]
    [InlineData("\u0089PNG\r\n\u001a\n....", "PNG")]
    [InlineData("MZ\u0090\u0000 executable", null)]
    [InlineData("PK\u0003\u0004 not really a zip", null)]
    [InlineData("", null)]
    public void Files_are_recognised_by_their_content(string head, string? kind)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(head));
        Assert.Equal(kind, FileSniffer.ByContent(stream)?.Name);
        Assert.Equal(0, stream.Position);
    }
}
