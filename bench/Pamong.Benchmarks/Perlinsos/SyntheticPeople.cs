using System.Globalization;
using Pamong.Platform.People;

namespace Pamong.Benchmarks.Perlinsos;

/// <summary>
/// Synthetic residents with realistic Indonesian (Javanese, Osing, Madurese, Muslim) names and realistic dirt:
/// duplicates of a person under a second NIK with an old spelling, a title or an abbreviation; NIKs that fail the
/// structure; NIKs whose birth date does not match. Deterministic for a seed.
/// </summary>
internal sealed class SyntheticPeople(int seed)
{
    private static readonly string[] MenFirst =
    [
        "Slamet", "Suparman", "Sugeng", "Bambang", "Joko", "Agus", "Budi", "Heru", "Wahyu", "Eko", "Sutrisno", "Supriyadi", "Mulyadi", "Darmaji",
        "Sumarno", "Rahmat", "Yusuf", "Samsul", "Hasan", "Misnadi", "Sanusi", "Kasiran", "Tukijo", "Paiman", "Sukiman", "Gunawan", "Hariyono",
        "Sarwo", "Purnomo", "Muhammad", "Ahmad", "Abdul", "Imam", "Hadi", "Sigit", "Teguh", "Andi", "Dwi", "Tri", "Rudi", "Yanto", "Suyono",
        "Cipto", "Darsono", "Jumadi", "Kusnadi", "Legiman", "Marsudi", "Nur", "Prapto", "Rohman", "Syaiful", "Taufik", "Umar", "Wagiman",
        "Zainal", "Fauzi", "Hendra", "Iwan", "Khoirul", "Lukman", "Miftahul", "Nasrul", "Qomarudin", "Ridwan", "Sholeh", "Yahya",
    ];

    private static readonly string[] WomenFirst =
    [
        "Siti", "Sri", "Suwarni", "Sumiati", "Wahyuni", "Endang", "Ratna", "Sulastri", "Poniyem", "Juwariyah", "Rukayah", "Aminah", "Fatimah",
        "Nur", "Dewi", "Lestari", "Sutini", "Wiwik", "Misiyah", "Satinah", "Tumini", "Painem", "Mujiati", "Yuliana", "Kartini", "Sumarni",
        "Nurul", "Ani", "Binti", "Darmi", "Eni", "Fitri", "Indah", "Jamilah", "Khotimah", "Lilik", "Maryam", "Ninik", "Puji", "Rina",
        "Sholihah", "Titik", "Umi", "Winarti", "Yayuk", "Zulaikha", "Asih", "Ernawati", "Hartini", "Ika", "Murni", "Rahmawati",
    ];

    private static readonly string[] MenLast =
    [
        "Santoso", "Widodo", "Prasetyo", "Hidayat", "Susanto", "Setiawan", "Hariyanto", "Wibowo", "Purwanto", "Effendi", "Saputra", "Nugroho",
        "Kurniawan", "Firmansyah", "Hakim", "Rozaq", "Syafii", "Maulana", "Ramadhan", "Sutrisno", "Wijaya", "Haryadi", "Suyanto", "Riyadi", "",
    ];

    private static readonly string[] WomenLast =
    [
        "Rahayu", "Handayani", "Wati", "Ningsih", "Lestari", "Astuti", "Wulandari", "Susanti", "Mulyani", "Kusumawati", "Purwaningsih",
        "Fitriani", "Maharani", "Safitri", "Anggraini", "Yuliati", "Hidayah", "Khasanah", "Rohmah", "Sholikhah", "",
    ];

    private static readonly string[] Places = ["Banyuwangi", "Banyuwangi", "Banyuwangi", "Jember", "Situbondo", "Bondowoso", "Rogojampi", "Genteng", "Glagah", "Muncar", "Surabaya"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<long, int> _serials = [];

    public Random Random => _random;

    public (string Name, bool Male) Name(bool male)
    {
        var first = male ? MenFirst[_random.Next(MenFirst.Length)] : WomenFirst[_random.Next(WomenFirst.Length)];
        var second = male ? MenFirst[_random.Next(MenFirst.Length)] : WomenFirst[_random.Next(WomenFirst.Length)];
        var last = male ? MenLast[_random.Next(MenLast.Length)] : WomenLast[_random.Next(WomenLast.Length)];
        var name = _random.Next(3) switch
        {
            0 => first + " " + last,
            1 => first + " " + second + " " + last,
            _ => first,
        };
        return (name.Trim(), male);
    }

    public string Place() => Places[_random.Next(Places.Length)];

    public DateOnly BirthDate(int minYear, int maxYear) =>
        new DateOnly(minYear, 1, 1).AddDays(_random.Next((new DateOnly(maxYear, 12, 31).DayNumber - new DateOnly(minYear, 1, 1).DayNumber) + 1));

    /// <summary>A NIK for the district (6 digits) and the birth date, unique in this run.</summary>
    public string Nik(string district, DateOnly birth, bool male)
    {
        var key = (long.Parse(district, CultureInfo.InvariantCulture) * 100_000 + birth.DayNumber) * 2 + (male ? 0 : 1);
        // Serials from 5000: the demo data of the same Pemda uses serials below 2000.
        var serial = _serials[key] = _serials.GetValueOrDefault(key, 4999) + 1;
        return district + (birth.Day + (male ? 0 : 40)).ToString("00", CultureInfo.InvariantCulture) + birth.ToString("MMyy", CultureInfo.InvariantCulture)
            + serial.ToString("0000", CultureInfo.InvariantCulture);
    }

    /// <summary>How the same person's name is written elsewhere: old spelling, a title or degree, an abbreviation, or a typo.</summary>
    public string Variant(string name, bool male)
    {
        var v = name.Replace("u", "oe", StringComparison.Ordinal).Replace("Ju", "Djoe", StringComparison.Ordinal).Replace("Cip", "Tjip", StringComparison.Ordinal)
            .Replace("Sy", "Sj", StringComparison.Ordinal).Replace("Kh", "Ch", StringComparison.Ordinal);
        v = v.StartsWith("Muhammad ", StringComparison.Ordinal) ? "Moch. " + v[9..] : v;
        return _random.Next(4) switch
        {
            0 => (male ? "H. " : "Hj. ") + v,
            1 => (male ? "Drs. " : "Dra. ") + v + ", M.Pd.",
            2 => v + ", S.Pd.",
            _ => v.Length > 6 ? v.Remove(v.Length - 2, 1) : v,
        };
    }
}
