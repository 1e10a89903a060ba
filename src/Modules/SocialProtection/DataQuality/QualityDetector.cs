using Pamong.Platform.People;
using Pamong.SocialProtection.Exclusions;
using Pamong.SocialProtection.Names;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// The checks of the data-quality pass, in memory and in one streaming read. Members must arrive ordered by birth
/// date: a birth date is the first blocking key, so candidate duplicates are only ever compared inside one day's
/// block, further split by sex and the first letter of the name's key word (the first word that is not a common
/// prefix such as MUHAMMAD or SITI). No pair of people is compared across blocks: the work grows with the number of
/// people, not its square. Reference lists (deaths, staff lists) sit in dictionaries keyed by NIK and by
/// normalised name + birth date.
/// </summary>
public sealed class QualityDetector(QualityOptions options, DateOnly today, IEnumerable<DeathRow> deaths, IEnumerable<StaffRow> staff)
{
    private static readonly HashSet<string> CommonPrefixes = new(["MUHAMMAD", "SITI", "NUR", "ABDUL", "AHMAD", "AKHMAD", "SRI", "NI", "I", "DEWI"], StringComparer.Ordinal);

    private readonly Dictionary<string, DeathRow> _deathsByNik = deaths.GroupBy(d => d.Nik).ToDictionary(g => g.Key, g => g.First());
    private readonly Dictionary<string, List<StaffRow>> _staffByNik = staff.GroupBy(s => s.Nik).ToDictionary(g => g.Key, g => g.ToList());
    private readonly Dictionary<(string, DateOnly), List<StaffRow>> _staffByPerson = [];
    private readonly Dictionary<(Sex, char), List<PersonRow>> _block = [];
    private DateOnly? _blockDate;
    private bool _staffIndexed;

    public List<FindingDraft> Findings { get; } = [];

    public List<FlagChange> FlagChanges { get; } = [];

    public int People { get; private set; }

    public long Comparisons { get; private set; }

    /// <summary>Call once per member, in birth-date order.</summary>
    public void Person(PersonRow p)
    {
        if (!_staffIndexed)
        {
            IndexStaffByPerson();
            _staffIndexed = true;
        }

        People++;
        CheckNik(p);
        CheckDeath(p);
        CheckStaff(p);
        if (_blockDate != p.BirthDate)
        {
            FlushBlock();
            _blockDate = p.BirthDate;
        }

        if (!p.IsDeceased && p.NormalizedName.Length > 0)
        {
            var key = (p.Sex, KeyLetter(p.NormalizedName));
            if (!_block.TryGetValue(key, out var list))
            {
                _block[key] = list = [];
            }

            foreach (var other in list)
            {
                Compare(other, p);
            }

            list.Add(p);
        }
    }

    /// <summary>Call after the last member.</summary>
    public void Finish() => FlushBlock();

    /// <summary>Takes over what a detector of the other half of the birth dates found (halves never share a block).</summary>
    public void Absorb(QualityDetector other)
    {
        Findings.AddRange(other.Findings);
        FlagChanges.AddRange(other.FlagChanges);
        People += other.People;
        Comparisons += other.Comparisons;
    }

    public void Household(HouseholdRow h)
    {
        var signals = new List<string>();
        if (h.MonthlyIncome >= options.IncomeAtLeast)
        {
            signals.Add($"income>={options.IncomeAtLeast}");
        }

        if (h.ElectricityVa >= options.ElectricityVaAtLeast)
        {
            signals.Add($"electricity>={options.ElectricityVaAtLeast}VA");
        }

        if (h.Cars >= options.CarsAtLeast)
        {
            signals.Add($"cars>={options.CarsAtLeast}");
        }

        if (h.LandArea >= options.LandAreaAtLeast)
        {
            signals.Add($"land>={options.LandAreaAtLeast}m2");
        }

        if (h.LargeLivestock >= options.LargeLivestockAtLeast)
        {
            signals.Add($"largeLivestock>={options.LargeLivestockAtLeast}");
        }

        if (signals.Count > 0)
        {
            Findings.Add(FindingDraft.Of(FindingKind.AbilityAboveThreshold, h.KkNumber, null, h.KkNumber, h.VillageCode, new
            {
                kk = h.KkNumber,
                signals,
                monthlyIncome = h.MonthlyIncome,
                electricityVa = h.ElectricityVa,
                landArea = h.LandArea,
                largeLivestock = h.LargeLivestock,
                cars = h.Cars,
            }));
        }
    }

    /// <summary>All sightings of one NIK (call once per NIK that was seen more than once).</summary>
    public void Sightings(string nik, IReadOnlyList<SightingRow> seen)
    {
        var people = seen.GroupBy(s => (s.NormalizedName, s.BirthDate)).Select(g => g.First()).ToList();
        var different = people.Count > 1 && people.Skip(1).Any(s =>
            s.BirthDate != people[0].BirthDate || JaroWinkler.Similarity(s.NormalizedName, people[0].NormalizedName) < options.DuplicateSimilarityWithSupport);
        if (!different)
        {
            return;
        }

        Findings.Add(FindingDraft.Of(FindingKind.NikSharedByDifferentPeople, nik, nik, people[0].KkNumber, people[0].VillageCode, new
        {
            nik,
            people = people.OrderBy(s => s.NormalizedName, StringComparer.Ordinal).ThenBy(s => s.BirthDate)
                .Select(s => new { name = s.Name, normalizedName = s.NormalizedName, birthDate = s.BirthDate, kk = s.KkNumber, village = s.VillageCode, source = s.Source }),
        }));
    }

    private void CheckNik(PersonRow p)
    {
        if (QuickNik(p.Nik) is { } read)
        {
            if (read.Birth != p.BirthDate || read.Sex != p.Sex)
            {
                Findings.Add(FindingDraft.Of(FindingKind.NikContradictsRecord, p.Nik, p.Nik, p.KkNumber, p.VillageCode, new
                {
                    nik = p.Nik,
                    name = p.Name,
                    recordedBirthDate = p.BirthDate,
                    recordedSex = p.Sex.ToString(),
                    nikBirthDate = read.Birth,
                    nikSex = read.Sex.ToString(),
                }));
            }

            return;
        }

        var check = Nik.Check(p.Nik, today);
        if (!check.Valid)
        {
            Findings.Add(FindingDraft.Of(FindingKind.NikInvalid, p.Nik, p.Nik, p.KkNumber, p.VillageCode, new
            {
                nik = p.Nik,
                name = p.Name,
                problems = check.Problems.Where(x => x.Severity == ProblemSeverity.Error).Select(x => new { x.Code, x.Message }),
            }));
            return;
        }

        if (check.BirthDate != p.BirthDate || check.Sex != p.Sex)
        {
            Findings.Add(FindingDraft.Of(FindingKind.NikContradictsRecord, p.Nik, p.Nik, p.KkNumber, p.VillageCode, new
            {
                nik = p.Nik,
                name = p.Name,
                recordedBirthDate = p.BirthDate,
                recordedSex = p.Sex.ToString(),
                nikBirthDate = check.BirthDate,
                nikSex = check.Sex?.ToString(),
            }));
        }
    }

    /// <summary>
    /// The common case without allocation: a well-formed NIK's birth date and sex, or null when anything is off
    /// (then the platform's <see cref="Nik.Check"/> says what). Same rules as the platform check.
    /// </summary>
    private (DateOnly Birth, Sex Sex)? QuickNik(string nik)
    {
        if (nik.Length != 16)
        {
            return null;
        }

        foreach (var c in nik)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }
        }

        static int Two(string s, int i) => (s[i] - '0') * 10 + (s[i + 1] - '0');
        if (Two(nik, 0) == 0 || Two(nik, 2) == 0 || Two(nik, 4) == 0 || nik.EndsWith("0000", StringComparison.Ordinal))
        {
            return null;
        }

        var day = Two(nik, 6);
        var sex = day > 40 ? Sex.Female : Sex.Male;
        day = day > 40 ? day - 40 : day;
        var month = Two(nik, 8);
        var year = 2000 + Two(nik, 10) <= today.Year ? 2000 + Two(nik, 10) : 1900 + Two(nik, 10);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var birth = new DateOnly(year, month, day);
        return birth > today ? null : (birth, sex);
    }

    private void CheckDeath(PersonRow p)
    {
        if (_deathsByNik.TryGetValue(p.Nik, out var death) && !p.IsDeceased)
        {
            Findings.Add(FindingDraft.Of(FindingKind.Deceased, p.Nik, p.Nik, p.KkNumber, p.VillageCode, new
            {
                nik = p.Nik,
                name = p.Name,
                deathRecordName = death.Name,
                nameSimilarity = Math.Round(JaroWinkler.Similarity(p.NormalizedName, death.NormalizedName), 3),
                diedOn = death.DiedOn,
                reference = death.Reference,
                source = death.Source,
            }));
        }
    }

    private void CheckStaff(PersonRow p)
    {
        if (!p.IsAsn && !p.IsTniPolri && !p.IsVillageOfficial && !_staffByNik.ContainsKey(p.Nik) && !_staffByPerson.ContainsKey((p.NormalizedName, p.BirthDate)))
        {
            return;
        }

        var lists = new List<StaffRow>();
        if (_staffByNik.TryGetValue(p.Nik, out var byNik))
        {
            lists.AddRange(byNik);
        }

        if (_staffByPerson.TryGetValue((p.NormalizedName, p.BirthDate), out var byPerson))
        {
            lists.AddRange(byPerson.Where(s => s.Nik != p.Nik));
        }

        var asn = lists.Exists(s => s.List == ExclusionList.Asn);
        var tniPolri = lists.Exists(s => s.List is ExclusionList.Tni or ExclusionList.Polri);
        var official = lists.Exists(s => s.List == ExclusionList.VillageOfficial);
        if (asn != p.IsAsn || tniPolri != p.IsTniPolri || official != p.IsVillageOfficial)
        {
            FlagChanges.Add(new FlagChange(p.Id, p.Nik, new StaffFlags(p.IsAsn, p.IsTniPolri, p.IsVillageOfficial), new StaffFlags(asn, tniPolri, official)));
        }

        if (lists.Count > 0)
        {
            Findings.Add(FindingDraft.Of(FindingKind.OnExclusionList, p.Nik, p.Nik, p.KkNumber, p.VillageCode, new
            {
                nik = p.Nik,
                name = p.Name,
                entries = lists.OrderBy(s => s.List).ThenBy(s => s.Nik, StringComparer.Ordinal)
                    .Select(s => new { list = s.List.ToString(), nik = s.Nik, name = s.Name, agency = s.Agency, matchedBy = s.Nik == p.Nik ? "nik" : "name+birthDate" }),
            }));
        }
    }

    private void Compare(PersonRow a, in PersonRow b)
    {
        Comparisons++;
        if (a.Nik == b.Nik)
        {
            return;
        }

        var score = a.NormalizedName == b.NormalizedName ? 1.0 : JaroWinkler.Similarity(a.NormalizedName, b.NormalizedName);
        if (score < options.DuplicateSimilarityWithSupport)
        {
            return;
        }

        var sameFamily = a.HouseholdId == b.HouseholdId;
        var sameVillage = a.VillageCode == b.VillageCode;
        var sameKecamatan = Kecamatan(a.VillageCode).SequenceEqual(Kecamatan(b.VillageCode));
        var samePlace = SamePlace(a.BirthPlace, b.BirthPlace);
        if (!IsOnePerson(score, sameFamily, sameVillage, sameKecamatan, samePlace, a.NormalizedName, b.NormalizedName))
        {
            return;
        }

        var (first, second) = string.CompareOrdinal(a.Nik, b.Nik) < 0 ? (a, b) : (b, a);
        Findings.Add(FindingDraft.Of(FindingKind.PersonWithSeveralNiks, first.Nik + "+" + second.Nik, first.Nik, first.KkNumber, first.VillageCode, new
        {
            similarity = Math.Round(score, 3),
            sameBirthDate = true,
            sameBirthPlace = samePlace,
            sameHousehold = sameFamily,
            sameVillage,
            sameKecamatan,
            people = new[] { first, second }.Select(x => new
            {
                nik = x.Nik,
                name = x.Name,
                normalizedName = x.NormalizedName,
                birthPlace = x.BirthPlace,
                birthDate = x.BirthDate,
                kk = x.KkNumber,
                village = x.VillageCode,
            }),
        }));
    }

    /// <summary>
    /// Whether two look-alikes (same birth date and sex, names at least <see cref="QualityOptions.DuplicateSimilarityWithSupport"/>
    /// alike) are reported as one person. A name and a birth date are not enough on their own: at province scale about
    /// 340 people share each birth date, and many of them carry the same short name (SUGENG, SITI AMINAH). Besides the
    /// name, one more fact must agree — the family, or a place:
    /// <list type="bullet">
    /// <item>the same household: names at least <see cref="QualityOptions.DuplicateSimilarityWithSupport"/> alike;</item>
    /// <item>otherwise names at least <see cref="QualityOptions.DuplicateSimilarity"/> alike and the same desa of residence,
    /// or the same birth place and the same kecamatan of residence, or the same birth place and a distinctive name
    /// (two or more words that are not common prefixes such as MUHAMMAD or SITI, in both names).</item>
    /// </list>
    /// </summary>
    internal bool IsOnePerson(double score, bool sameFamily, bool sameVillage, bool sameKecamatan, bool samePlace, string nameA, string nameB) =>
        (score >= options.DuplicateSimilarityWithSupport && sameFamily)
        || (score >= options.DuplicateSimilarity
            && (sameVillage || (samePlace && (sameKecamatan || (SignificantWords(nameA) >= 2 && SignificantWords(nameB) >= 2)))));

    /// <summary>The kecamatan part of a village code (35.10.15.2004 → 35.10.15).</summary>
    private static ReadOnlySpan<char> Kecamatan(string villageCode) =>
        villageCode.LastIndexOf('.') is > 0 and var dot ? villageCode.AsSpan(0, dot) : villageCode;

    /// <summary>Birth places agree when both are known and equal after the name rules (BANJOEWANGI = Banyuwangi).</summary>
    internal static bool SamePlace(string a, string b) =>
        a.Length > 0 && b.Length > 0
        && (string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || IndonesianName.Normalize(a) == IndonesianName.Normalize(b));

    /// <summary>How many words of a normalised name are not common prefixes (MUHAMMAD JOKO SUTRISNO → 2).</summary>
    internal static int SignificantWords(string normalized)
    {
        var count = 0;
        var lookup = CommonPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized.AsSpan()[range];
            if (word.Length > 0 && !lookup.Contains(word))
            {
                count++;
            }
        }

        return count;
    }

    private void FlushBlock()
    {
        foreach (var list in _block.Values)
        {
            list.Clear();
        }
    }

    private void IndexStaffByPerson()
    {
        foreach (var s in _staffByNik.Values.SelectMany(l => l))
        {
            if (s.BirthDate is { } birth && s.NormalizedName.Length > 0)
            {
                if (!_staffByPerson.TryGetValue((s.NormalizedName, birth), out var list))
                {
                    _staffByPerson[(s.NormalizedName, birth)] = list = [];
                }

                list.Add(s);
            }
        }
    }

    /// <summary>The first letter of the name's key word: the first word that is not a common prefix (MUHAMMAD JOKO → J).</summary>
    internal static char KeyLetter(string normalized)
    {
        var start = 0;
        while (true)
        {
            var end = normalized.IndexOf(' ', start);
            var word = end < 0 ? normalized.AsSpan(start) : normalized.AsSpan(start, end - start);
            if (end < 0 || !CommonPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return word.Length > 0 ? word[0] : ' ';
            }

            start = end + 1;
        }
    }
}
