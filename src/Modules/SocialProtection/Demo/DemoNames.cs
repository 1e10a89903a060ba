namespace Pamong.SocialProtection.Demo;

/// <summary>Javanese and Osing given names and family-style second names as they appear in Banyuwangi registers.</summary>
internal static class DemoNames
{
    public static readonly string[] Men =
    [
        "Slamet", "Suparman", "Sugeng", "Bambang", "Joko", "Agus", "Budi", "Heru", "Wahyu", "Eko", "Sutrisno", "Supriyadi", "Mulyadi",
        "Darmaji", "Sumarno", "Rahmat", "Yusuf", "Samsul", "Hasan", "Misnadi", "Sanusi", "Kasiran", "Tukijo", "Paiman", "Sukiman",
        "Muhammad Ali", "Ahmad Fauzi", "Imam", "Gunawan", "Hariyono", "Sarwo", "Purnomo",
    ];

    public static readonly string[] Women =
    [
        "Siti", "Sri", "Suwarni", "Sumiati", "Wahyuni", "Endang", "Ratna", "Sulastri", "Poniyem", "Juwariyah", "Rukayah", "Aminah",
        "Fatimah", "Nur", "Dewi", "Lestari", "Sutini", "Wiwik", "Misiyah", "Satinah", "Tumini", "Painem", "Mujiati", "Yuliana",
        "Siti Aisyah", "Nurul", "Kartini", "Sumarni",
    ];

    public static readonly string[] MenSecond = ["Santoso", "Widodo", "Prasetyo", "Hidayat", "Susanto", "Setiawan", "Hariyanto", "Wibowo", "Purwanto", "Effendi", ""];

    public static readonly string[] WomenSecond = ["Rahayu", "Handayani", "Wati", "Ningsih", "Lestari", "Astuti", "Wulandari", "Susanti", "Mulyani", ""];

    public static readonly string[] Places = ["Banyuwangi", "Banyuwangi", "Banyuwangi", "Glagah", "Jember", "Situbondo", "Rogojampi", "Genteng"];

    public static readonly string[] Jobs = ["Petani", "Buruh tani", "Pedagang", "Buruh harian lepas", "Mengurus rumah tangga", "Nelayan", "Tukang", "Wiraswasta"];
}
