namespace Pamong.SocialProtection.Imports;

/// <summary>
/// The columns of a DTKS/DTSEN-style household file: one row per member, the household's columns repeated on
/// every row of the same KK. Required: no_kk, kode_desa, rt, rw, alamat, nik, nama, tanggal_lahir, jenis_kelamin,
/// hubungan_keluarga. The template (<see cref="Template"/>) lists them all.
/// </summary>
internal sealed class HouseholdColumns
{
    public static readonly string[] Template =
    [
        "no_kk", "kode_desa", "rt", "rw", "alamat", "desil", "penghasilan_bulanan", "lantai", "dinding", "atap", "luas_lantai",
        "daya_listrik", "luas_tanah", "ternak_besar", "ternak_kecil", "sepeda_motor", "mobil",
        "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "hubungan_keluarga", "pekerjaan", "disabilitas",
        "penyakit_kronis", "hamil",
    ];

    public HouseholdColumns(ImportHeader h)
    {
        Kk = h.Find("no_kk", "nomor_kk", "nokk", "kk");
        Village = h.Find("kode_desa", "kode_wilayah", "kode_kelurahan", "kdwilayah");
        Rt = h.Find("rt");
        Rw = h.Find("rw");
        Address = h.Find("alamat");
        Decile = h.Find("desil", "desil_kesejahteraan");
        Income = h.Find("penghasilan_bulanan", "penghasilan", "pendapatan");
        Floor = h.Find("lantai", "jenis_lantai");
        Wall = h.Find("dinding", "jenis_dinding");
        Roof = h.Find("atap", "jenis_atap");
        FloorArea = h.Find("luas_lantai");
        Electricity = h.Find("daya_listrik", "daya");
        Land = h.Find("luas_tanah", "luas_lahan");
        LargeLivestock = h.Find("ternak_besar", "sapi");
        SmallLivestock = h.Find("ternak_kecil", "kambing");
        Motorcycles = h.Find("sepeda_motor", "motor");
        Cars = h.Find("mobil");
        Nik = h.Find("nik");
        Name = h.Find("nama", "nama_lengkap", "nama_anggota");
        BirthPlace = h.Find("tempat_lahir");
        BirthDate = h.Find("tanggal_lahir", "tgl_lahir");
        Sex = h.Find("jenis_kelamin", "jk");
        Relationship = h.Find("hubungan_keluarga", "hubungan", "shdk", "hub_krt");
        Occupation = h.Find("pekerjaan");
        Disability = h.Find("disabilitas", "jenis_disabilitas");
        Chronic = h.Find("penyakit_kronis");
        Pregnant = h.Find("hamil");
    }

    public int Kk { get; }
    public int Village { get; }
    public int Rt { get; }
    public int Rw { get; }
    public int Address { get; }
    public int Decile { get; }
    public int Income { get; }
    public int Floor { get; }
    public int Wall { get; }
    public int Roof { get; }
    public int FloorArea { get; }
    public int Electricity { get; }
    public int Land { get; }
    public int LargeLivestock { get; }
    public int SmallLivestock { get; }
    public int Motorcycles { get; }
    public int Cars { get; }
    public int Nik { get; }
    public int Name { get; }
    public int BirthPlace { get; }
    public int BirthDate { get; }
    public int Sex { get; }
    public int Relationship { get; }
    public int Occupation { get; }
    public int Disability { get; }
    public int Chronic { get; }
    public int Pregnant { get; }

    /// <summary>The template names of required columns the file lacks.</summary>
    public IReadOnlyList<string> Missing()
    {
        var required = new (int Column, string Name)[]
        {
            (Kk, "no_kk"), (Village, "kode_desa"), (Rt, "rt"), (Rw, "rw"), (Address, "alamat"), (Nik, "nik"), (Name, "nama"),
            (BirthDate, "tanggal_lahir"), (Sex, "jenis_kelamin"), (Relationship, "hubungan_keluarga"),
        };
        return required.Where(r => r.Column < 0).Select(r => r.Name).ToList();
    }

    public Registry.HouseholdInput Household(string[] row) => new()
    {
        KkNumber = ImportHeader.Cell(row, Kk),
        VillageCode = ImportHeader.Cell(row, Village),
        Rt = ImportHeader.Cell(row, Rt),
        Rw = ImportHeader.Cell(row, Rw),
        Address = ImportHeader.Cell(row, Address),
        WelfareDecile = ImportHeader.Cell(row, Decile),
        MonthlyIncome = ImportHeader.Cell(row, Income),
        FloorMaterial = ImportHeader.Cell(row, Floor),
        WallMaterial = ImportHeader.Cell(row, Wall),
        RoofMaterial = ImportHeader.Cell(row, Roof),
        FloorArea = ImportHeader.Cell(row, FloorArea),
        ElectricityVa = ImportHeader.Cell(row, Electricity),
        LandArea = ImportHeader.Cell(row, Land),
        LargeLivestock = ImportHeader.Cell(row, LargeLivestock),
        SmallLivestock = ImportHeader.Cell(row, SmallLivestock),
        Motorcycles = ImportHeader.Cell(row, Motorcycles),
        Cars = ImportHeader.Cell(row, Cars),
    };

    public Registry.MemberInput Member(string[] row) => new()
    {
        Nik = ImportHeader.Cell(row, Nik),
        Name = ImportHeader.Cell(row, Name),
        BirthPlace = ImportHeader.Cell(row, BirthPlace),
        BirthDate = ImportHeader.Cell(row, BirthDate),
        Sex = ImportHeader.Cell(row, Sex),
        Relationship = ImportHeader.Cell(row, Relationship),
        Occupation = ImportHeader.Cell(row, Occupation),
        Disability = ImportHeader.Cell(row, Disability),
        ChronicIllness = Yes(ImportHeader.Cell(row, Chronic)),
        Pregnant = Yes(ImportHeader.Cell(row, Pregnant)),
    };

    public static bool Yes(string value) => value.Trim().ToLowerInvariant() is "ya" or "y" or "1" or "true" or "benar";
}
