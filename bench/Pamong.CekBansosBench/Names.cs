namespace Pamong.CekBansosBench;

/// <summary>Common Indonesian (mostly Javanese and Osing) given names and family-style second names, for realistic lookups.</summary>
internal static class Names
{
    public static readonly string[] Given =
    [
        "Siti", "Sri", "Nur", "Dewi", "Endang", "Sutrisno", "Suparman", "Slamet", "Agus", "Budi", "Bambang", "Joko", "Wahyu", "Eko", "Dwi", "Tri",
        "Rina", "Yuli", "Lestari", "Wati", "Ahmad", "Muhammad", "Mohammad", "Abdul", "Rudi", "Hadi", "Suyono", "Sumarni", "Sulastri", "Supriyadi",
        "Sugeng", "Heri", "Yanto", "Ponirah", "Misnah", "Sunarsih", "Kasiyem", "Tukiran", "Paijo", "Sarmi", "Rohmah", "Fatimah", "Aminah", "Khoirul",
        "Imam", "Rizki", "Fajar", "Indah", "Putri", "Ayu", "Novi", "Ratna", "Wulan", "Anik", "Mulyadi", "Darsono", "Sukardi", "Samsul", "Hasan",
    ];

    public static readonly string[] Second =
    [
        "Rahayu", "Wahyuni", "Susanti", "Santoso", "Hidayat", "Setiawan", "Prasetyo", "Wibowo", "Purnomo", "Kurniawan", "Handayani", "Lestari",
        "Suryani", "Haryanto", "Mulyono", "Sulistyowati", "Hartono", "Utomo", "Nugroho", "Saputra", "Rohman", "Hasanah", "Maulana", "Syafii",
        "Anwar", "Fauzi", "Hakim", "Ningsih", "Astuti", "Pratiwi", "Yulianto", "Sugiarto", "Riyadi", "Efendi", "Arifin", "Zainal", "Sholeh",
    ];

    public static string Person(Random random) => random.Next(10) switch
    {
        0 => Given[random.Next(Given.Length)],
        < 8 => Given[random.Next(Given.Length)] + " " + Second[random.Next(Second.Length)],
        _ => Given[random.Next(Given.Length)] + " " + Given[random.Next(Given.Length)] + " " + Second[random.Next(Second.Length)],
    };
}
