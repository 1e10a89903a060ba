using Pamong.Platform.People;
using Pamong.SocialProtection.DataQuality;
using Pamong.SocialProtection.Names;

namespace Pamong.Tests.SocialProtection;

/// <summary>When the pass reports two NIKs as one person (QualityDetector.IsOnePerson, docs/modules/perlinsos.md).</summary>
public sealed class DuplicateRuleTests
{
    private static readonly DateOnly Born = new(1970, 5, 17);
    private static int _ids;

    private static PersonRow Person(string nik, string name, string place, int household, string village) =>
        new(++_ids, nik, name, IndonesianName.Normalize(name), place, Born, Sex.Male, false, false, false, false, household, "KK" + household, village);

    private static List<string> Pairs(params PersonRow[] people)
    {
        var detector = new QualityDetector(new QualityOptions(), new DateOnly(2026, 11, 23), [], []);
        foreach (var p in people)
        {
            detector.Person(p);
        }

        detector.Finish();
        return detector.Findings.Where(f => f.Kind == FindingKind.PersonWithSeveralNiks).Select(f => f.Key).ToList();
    }

    [Fact]
    public void A_common_one_word_name_and_a_birth_date_alone_are_not_one_person()
    {
        // Two men called Sugeng, born the same day in Banyuwangi, living in two kecamatan: common at province scale.
        Assert.Empty(Pairs(
            Person("3510011705700001", "Sugeng", "Banyuwangi", 1, "35.10.01.2001"),
            Person("3510151705700002", "Sugeng", "Banyuwangi", 2, "35.10.15.2004")));
    }

    [Fact]
    public void The_same_name_in_the_same_desa_is_one_person()
    {
        Assert.Equal(["PersonWithSeveralNiks:3510151705700001+3510151705700002"], Pairs(
            Person("3510151705700001", "Sugeng", "Banyuwangi", 1, "35.10.15.2004"),
            Person("3510151705700002", "Soegeng", "", 2, "35.10.15.2004")));
    }

    [Fact]
    public void The_same_birth_place_and_kecamatan_make_a_one_word_name_one_person()
    {
        Assert.Single(Pairs(
            Person("3510151705700001", "Sugeng", "Banyuwangi", 1, "35.10.15.2001"),
            Person("3510151705700002", "Sugeng", "BANJOEWANGI", 2, "35.10.15.2004")));
    }

    [Fact]
    public void A_distinctive_name_with_the_same_birth_place_is_one_person_across_kecamatan()
    {
        Assert.Single(Pairs(
            Person("3510011705700001", "Drs. H. Moch. Djoko Soetrisno", "Banyuwangi", 1, "35.10.01.2001"),
            Person("3510151705700002", "Muhammad Joko Sutrisno", "Banyuwangi", 2, "35.10.15.2004")));
    }

    [Fact]
    public void A_distinctive_name_born_elsewhere_and_living_elsewhere_is_not_one_person()
    {
        Assert.Empty(Pairs(
            Person("3510011705700001", "Joko Sutrisno", "Jember", 1, "35.10.01.2001"),
            Person("3510151705700002", "Joko Sutrisno", "Banyuwangi", 2, "35.10.15.2004")));
    }

    [Fact]
    public void In_one_household_a_less_similar_name_is_enough()
    {
        var a = IndonesianName.Normalize("Joko Sutrisno");
        var b = IndonesianName.Normalize("Joko Sutrisna Wijaya");
        var score = JaroWinkler.Similarity(a, b);
        Assert.InRange(score, 0.85, 0.92);
        Assert.Single(Pairs(
            Person("3510151705700001", "Joko Sutrisno", "", 1, "35.10.15.2004"),
            Person("3510151705700002", "Joko Sutrisna Wijaya", "", 1, "35.10.15.2004")));
        Assert.Empty(Pairs(
            Person("3510151705700003", "Joko Sutrisno", "Banyuwangi", 2, "35.10.15.2004"),
            Person("3510151705700004", "Joko Sutrisna Wijaya", "Banyuwangi", 3, "35.10.15.2004")));
    }

    [Theory]
    [InlineData("MUHAMMAD JOKO SUTRISNO", 2)]
    [InlineData("SITI AMINAH", 1)]
    [InlineData("SUGENG", 1)]
    [InlineData("SRI NUR HIDAYAH", 1)]
    public void Significant_words_leave_out_common_prefixes(string name, int expected) =>
        Assert.Equal(expected, QualityDetector.SignificantWords(name));
}
