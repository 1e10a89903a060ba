using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pamong.SocialProtection;
using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Targeting;

namespace Pamong.Tests.SocialProtection.Targeting;

/// <summary>"Why am I (not) included?" in plain Indonesian (and English), from the stored outcomes.</summary>
public sealed class DecisionExplainerTests
{
    private static DecisionExplainer Explainer()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new DecisionExplainer(new StringLocalizer<PerlinsosText>(factory));
    }

    private static string InIndonesian(Func<string> explain)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        try
        {
            return explain();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void A_decile_above_the_limit_is_said_with_both_numbers_and_the_program()
    {
        var text = InIndonesian(() => Explainer().Explain(DecisionStatus.NotEligible,
            [new(Rules.Decile, false, "6", "4"), new(Rules.Required, true, "SchoolAgeChild", "any:SchoolAgeChild")], "PKH", "Kemiren"));
        Assert.Equal("Tidak termasuk karena desil kesejahteraan 6 di atas batas 4 untuk PKH", text);
    }

    [Fact]
    public void An_included_household_hears_its_decile_and_circumstances()
    {
        var text = InIndonesian(() => Explainer().Explain(DecisionStatus.Selected,
            [new(Rules.Decile, true, "2", "4"), new(Rules.Required, true, "SchoolAgeChild", "any:PregnantMember,SchoolAgeChild"), new(Rules.Officials, true)], "PKH", "Kemiren"));
        Assert.Equal("Termasuk: desil 2, ada anak usia sekolah", text);
    }

    [Fact]
    public void Over_the_quota_says_the_village_the_quota_and_the_rank()
    {
        var text = InIndonesian(() => Explainer().Explain(DecisionStatus.OverQuota, [new(Rules.Decile, true, "3", "5"), new(Rules.Quota, false, "131", "120")], "BLT Dana Desa", "Kemiren"));
        Assert.Equal("Kuota desa Kemiren penuh (120); peringkat Anda 131", text);
    }

    [Fact]
    public void Several_failures_are_listed_with_indonesian_numbers()
    {
        var text = InIndonesian(() => Explainer().Explain(DecisionStatus.NotEligible,
            [new(Rules.Required, false, "", "any:PregnantMember,ChildUnder6"), new(Rules.Income, false, "3250000", "2500000"), new(Rules.Electricity, false, "2200", "1300"), new(Rules.Officials, false, "ASN")],
            "BLT Dana Desa", "Kemiren"));
        Assert.Equal("Tidak termasuk karena tidak ada ibu hamil atau anak usia dini; penghasilan Rp3.250.000 per bulan di atas batas Rp2.500.000; daya listrik 2.200 VA (batas: di bawah 1.300 VA); ada anggota keluarga tercatat sebagai ASN untuk BLT Dana Desa", text);
    }

    [Fact]
    public void Exclusivity_names_the_other_program()
    {
        var text = InIndonesian(() => Explainer().Explain(DecisionStatus.ExcludedByProgram, [new(Rules.Decile, true, "2", "5"), new(Rules.Exclusive, false, "PKH")],
            "BLT Dana Desa", "Kemiren", new Dictionary<string, string> { ["PKH"] = "Program Keluarga Harapan" }));
        Assert.Equal("Tidak termasuk karena sudah ditetapkan sebagai penerima Program Keluarga Harapan, yang tidak dapat digabung dengan BLT Dana Desa", text);
    }

    [Fact]
    public void Usul_sanggah_and_appeal_are_named_with_their_reference()
    {
        var explainer = Explainer();
        Assert.Equal("Termasuk: usul desa diterima (U-3)", InIndonesian(() => explainer.Explain(DecisionStatus.Selected, [new(Rules.Decile, false, "7", "5"), new(Rules.Usul, true, "U-3")], "BLT Dana Desa", "Kemiren")));
        Assert.Equal("Tidak termasuk karena sanggah desa diterima (U-4)", InIndonesian(() => explainer.Explain(DecisionStatus.Removed, [new(Rules.Sanggah, false, "U-4")], "PKH", "Kemiren")));
        Assert.Equal("Termasuk: sanggah dikabulkan (A-5)", InIndonesian(() => explainer.Explain(DecisionStatus.Selected, [new(Rules.Appeal, true, "A-5")], "PKH", "Kemiren")));
    }

    [Fact]
    public void English_is_available()
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            Assert.Equal("Not included because of welfare decile 6 above the limit of 4 for PKH",
                Explainer().Explain(DecisionStatus.NotEligible, [new(Rules.Decile, false, "6", "4")], "PKH", "Kemiren"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void Every_criterion_has_a_name()
    {
        var explainer = Explainer();
        Assert.All(Enum.GetValues<Criterion>(), c => Assert.False(string.IsNullOrEmpty(InIndonesian(() => explainer.CriterionName(c)))));
    }
}
