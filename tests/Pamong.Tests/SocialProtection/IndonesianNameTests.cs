using Pamong.SocialProtection.Names;

namespace Pamong.Tests.SocialProtection;

public sealed class IndonesianNameTests
{
    [Theory]
    [InlineData("Drs. H. Moch. Djoko Soetrisno", "MUHAMMAD JOKO SUTRISNO")]
    [InlineData("Muhammad Joko Sutrisno", "MUHAMMAD JOKO SUTRISNO")]
    [InlineData("Hj. Siti Aminah, S.Pd.", "SITI AMINAH")]
    [InlineData("Hj Siti Aminah S.Pd", "SITI AMINAH")]
    [InlineData("Dra. Soekarsih, M.Pd.", "SUKARSIH")]
    [InlineData("Ir. Bambang Tjahjono, M.M.", "BAMBANG CAHYONO")]
    [InlineData("Dr. Ir. H. Abd. Rachman, M.Si.", "ABDUL RAKHMAN")]
    [InlineData("Abdoel Rahman", "ABDUL RAHMAN")]
    [InlineData("Noer Hasanah", "NUR HASANAH")]
    [InlineData("Nur Hasanah", "NUR HASANAH")]
    [InlineData("M. Yusuf", "MUHAMMAD YUSUF")]
    [InlineData("Moh. Jusuf", "MUHAMMAD YUSUF")]
    [InlineData("Mochammad Choirul Anam", "MUHAMMAD KHOIRUL ANAM")]
    [InlineData("Muh. Khoirul Anam", "MUHAMMAD KHOIRUL ANAM")]
    [InlineData("Muhd Sjamsul Arifin", "MUHAMMAD SYAMSUL ARIFIN")]
    [InlineData("Mohd. Syamsul Arifin, S.E.", "MUHAMMAD SYAMSUL ARIFIN")]
    [InlineData("Soejono", "SUYONO")]
    [InlineData("Djajadi", "JAYADI")]
    [InlineData("Tjipto Mangoenkoesoemo", "CIPTO MANGUNKUSUMO")]
    [InlineData("Njoman Soedarmo", "NYOMAN SUDARMO")]
    [InlineData("Anjar Panji Wicaksono", "ANJAR PANJI WICAKSONO")]
    [InlineData("Joko Widodo", "JOKO WIDODO")]
    [InlineData("Jahja Oemar", "YAHYA UMAR")]
    [InlineData("Sri Wahyuni, A.Md.Kep", "SRI WAHYUNI")]
    [InlineData("Agus Salim, S.Pd.I", "AGUS SALIM")]
    [InlineData("  siti   ma'rufah  ", "SITI MARUFAH")]
    [InlineData("Nur-Aini", "NUR AINI")]
    [InlineData("Ny. Sumiati", "SUMIATI")]
    [InlineData("K.H. Achmad Dahlan", "AKHMAD DAHLAN")]
    [InlineData("Prof. Dr. Soepomo, S.H.", "SUPOMO")]
    [InlineData("Haji", "HAJI")]
    [InlineData("Siti M.", "SITI M")]
    [InlineData("Supriyadi SPd", "SUPRIYADI")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalises_titles_abbreviations_and_old_spelling(string? input, string expected) =>
        Assert.Equal(expected, IndonesianName.Normalize(input));

    [Fact]
    public void Old_and_new_spelling_of_the_same_person_meet()
    {
        Assert.Equal(IndonesianName.Normalize("Soetjipto"), IndonesianName.Normalize("Sucipto"));
        Assert.Equal(IndonesianName.Normalize("Sjarifoeddin"), IndonesianName.Normalize("Syarifuddin"));
        Assert.Equal(IndonesianName.Normalize("H. Moch. Dachlan"), IndonesianName.Normalize("Muhammad Dakhlan"));
    }

    [Theory]
    [InlineData("MUHAMMAD JOKO SUTRISNO", "MUHAMMAD JOKO SUTRISNO", 1.0)]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("ABC", "XYZ", 0.0)]
    public void Jaro_winkler_matches_the_textbook_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void Spelling_variants_score_high_and_different_people_low()
    {
        Assert.True(JaroWinkler.Similarity("SRI WAHYUNI", "SRI WAHYUNINGSIH") > 0.9);
        Assert.True(JaroWinkler.Similarity("SUPRIYADI", "SUPRIADI") > 0.9);
        Assert.True(JaroWinkler.Similarity("SITI AMINAH", "BAMBANG CAHYONO") < 0.6);
    }
}
