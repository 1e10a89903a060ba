using Pamong.PublicServices.Catalogue;
using static Pamong.PublicServices.Demo.DemoParts;

namespace Pamong.PublicServices.Demo;

/// <summary>Letters of the desa/kelurahan (with kecamatan approval where the Pemda requires it).</summary>
internal static class DemoVillageServices
{
    private const string K = ServiceCategories.Kependudukan;
    private const string S = ServiceCategories.Sosial;
    private const string E = ServiceCategories.Ekonomi;
    private const string U = ServiceCategories.Umum;

    public static readonly DemoService[] All =
    [
        new("sk-domisili", "Surat Keterangan Domisili", K, ServiceLevel.Desa, null,
            "Keterangan bahwa seseorang bertempat tinggal di desa/kelurahan, misalnya untuk bank, sekolah atau lamaran kerja.", AdminDesa,
            ["Fotokopi/pindaian KTP-el", "Fotokopi/pindaian Kartu Keluarga", "Surat pengantar RT/RW"],
            ["Pemohon mengajukan secara daring atau di kantor desa dengan mengisi formulir dan mengunggah berkas.", "Operator desa memverifikasi data dan berkas.",
             "Kepala desa/lurah menandatangani surat keterangan.", "Surat dapat diunduh atau diambil di kantor desa."],
            1, 0, "Surat Keterangan Domisili", DesaOnly(1),
            [Purpose(), Text("alamat_domisili", "Alamat tempat tinggal sekarang (dusun, RT/RW)", maxLength: 300), Number("lama_tinggal_tahun", "Lama tinggal (tahun)", 0, 100), ScanKtp()]),

        new("sktm", "Surat Keterangan Tidak Mampu (SKTM)", S, ServiceLevel.Kecamatan, null,
            "Keterangan keluarga tidak mampu dari desa, disahkan kecamatan, untuk keringanan biaya berobat, sekolah atau bantuan sosial.", AdminDesa + "\n" + Paten,
            ["Pindaian KTP-el pemohon", "Pindaian Kartu Keluarga", "Surat pengantar RT/RW", "Foto rumah tampak depan (bila diminta)"],
            ["Pemohon mengajukan secara daring atau dibantu operator desa.", "Desa memverifikasi kondisi keluarga; bila berkas kurang, permohonan dikembalikan untuk diperbaiki.",
             "Kecamatan memeriksa dan menyetujui.", "SKTM bertanda tangan elektronik dapat diunduh pemohon."],
            3, 0, "Surat Keterangan Tidak Mampu", DesaThenKecamatan(2),
            [Choice("keperluan", "Keperluan", "Berobat", "Sekolah/kuliah", "Bantuan sosial", "Lainnya"), Number("penghasilan_bulanan", "Penghasilan keluarga per bulan (Rp)", 0, 100_000_000),
             Number("jumlah_tanggungan", "Jumlah tanggungan keluarga", 0, 30), ScanKk(), File("foto_rumah", "Foto rumah tampak depan", required: false)]),

        new("sk-usaha", "Surat Keterangan Usaha (SKU)", E, ServiceLevel.Desa, null,
            "Keterangan bahwa warga menjalankan usaha di desa, untuk pinjaman KUR, perbankan atau syarat perizinan usaha mikro.", AdminDesa,
            ["Pindaian KTP-el", "Pindaian Kartu Keluarga", "Foto tempat usaha"],
            ["Pemohon mengisi data usaha dan mengunggah berkas.", "Operator desa memverifikasi (dapat meninjau lokasi).", "Kepala desa menandatangani surat."],
            2, 0, "Surat Keterangan Usaha", DesaOnly(2),
            [Text("nama_usaha", "Nama usaha", maxLength: 200), Choice("jenis_usaha", "Jenis usaha", "Perdagangan", "Kuliner", "Pertanian/perkebunan", "Peternakan/perikanan", "Kerajinan", "Jasa"),
             Text("alamat_usaha", "Alamat usaha", maxLength: 300), Date("mulai_usaha", "Mulai usaha sejak"), File("foto_usaha", "Foto tempat usaha")]),

        new("pengantar-kk", "Surat Pengantar Kartu Keluarga (KK)", K, ServiceLevel.Desa, null,
            "Pengantar dari desa untuk membuat KK baru, menambah anggota atau mengubah data KK di Dispendukcapil.", AdminDesa + "\n" + Adminduk,
            ["Kartu Keluarga lama (bila ada)", "Buku nikah/akta perkawinan (KK baru)", "Surat keterangan pindah (bila pindah datang)"],
            ["Pemohon mengajukan dan mengunggah berkas.", "Operator desa memverifikasi dan menerbitkan pengantar.", "Pengantar dibawa/diteruskan ke Dispendukcapil."],
            1, 0, "Surat Pengantar Kartu Keluarga", DesaOnly(1),
            [Choice("jenis_perubahan", "Jenis permohonan KK", "KK baru", "Tambah anggota keluarga", "Perubahan data", "KK hilang/rusak"), ScanKk(required: false),
             File("buku_nikah", "Pindaian buku nikah/akta perkawinan", required: false)]),

        new("pengantar-ktp", "Surat Pengantar KTP-el", K, ServiceLevel.Desa, null,
            "Pengantar dari desa untuk perekaman atau pencetakan ulang KTP-el.", AdminDesa + "\n" + Adminduk,
            ["Pindaian Kartu Keluarga", "Surat kehilangan dari kepolisian (bila KTP-el hilang)"],
            ["Pemohon mengajukan dan mengunggah berkas.", "Operator desa memverifikasi dan menerbitkan pengantar."],
            1, 0, "Surat Pengantar KTP-el", DesaOnly(1),
            [Choice("alasan", "Alasan", "Perekaman baru (usia 17 tahun)", "KTP-el hilang", "KTP-el rusak", "Perubahan data"), ScanKk()]),

        new("sk-ahli-waris", "Surat Keterangan Ahli Waris", K, ServiceLevel.Kecamatan, null,
            "Keterangan siapa saja ahli waris almarhum/almarhumah, dibuat di desa dan dikuatkan camat, untuk balik nama aset atau pencairan dana.", AdminDesa + "\n" + Paten,
            ["Akta kematian pewaris", "KTP-el dan KK seluruh ahli waris", "Surat pernyataan ahli waris bermeterai ditandatangani dua saksi", "Buku nikah pewaris"],
            ["Pemohon mengajukan dan mengunggah berkas.", "Desa memverifikasi dan mencatat di register desa.", "Camat menguatkan surat keterangan ahli waris.", "Surat dapat diunduh pemohon."],
            5, 0, "Surat Keterangan Ahli Waris", DesaThenKecamatan(3),
            [Nik("nik_pewaris", "NIK pewaris (almarhum/almarhumah)"), Text("nama_pewaris", "Nama pewaris", maxLength: 200), Date("tanggal_meninggal", "Tanggal meninggal"),
             Number("jumlah_ahli_waris", "Jumlah ahli waris", 1, 50), File("akta_kematian", "Pindaian akta kematian"), File("pernyataan_ahli_waris", "Pindaian surat pernyataan ahli waris")]),

        new("sk-kelahiran", "Surat Keterangan Kelahiran", K, ServiceLevel.Desa, null,
            "Keterangan kelahiran dari desa sebagai dasar pembuatan akta kelahiran.", AdminDesa + "\n" + Adminduk,
            ["Surat keterangan lahir dari bidan/rumah sakit", "Pindaian KK orang tua", "Pindaian KTP-el orang tua"],
            ["Pemohon mengisi data bayi dan mengunggah berkas.", "Operator desa memverifikasi dan menerbitkan surat."],
            1, 0, "Surat Keterangan Kelahiran", DesaOnly(1),
            [Text("nama_bayi", "Nama bayi", maxLength: 200), Date("tanggal_lahir", "Tanggal lahir"), Choice("jenis_kelamin", "Jenis kelamin", "Laki-laki", "Perempuan"),
             Text("tempat_lahir", "Tempat lahir", maxLength: 100), Nik("nik_ibu", "NIK ibu"), File("surat_lahir", "Pindaian surat keterangan lahir dari bidan/RS")]),

        new("sk-kematian", "Surat Keterangan Kematian", K, ServiceLevel.Desa, null,
            "Keterangan kematian dari desa sebagai dasar akta kematian dan pemutakhiran KK.", AdminDesa + "\n" + Adminduk,
            ["Surat keterangan kematian dari RS/puskesmas (bila ada)", "Pindaian KK almarhum", "KTP-el almarhum"],
            ["Pelapor mengisi data dan mengunggah berkas.", "Operator desa memverifikasi dan menerbitkan surat."],
            1, 0, "Surat Keterangan Kematian", DesaOnly(1),
            [Nik("nik_almarhum", "NIK almarhum/almarhumah"), Date("tanggal_meninggal", "Tanggal meninggal"), Text("tempat_meninggal", "Tempat meninggal", maxLength: 200),
             Text("sebab_meninggal", "Sebab meninggal", required: false, maxLength: 200), ScanKk()]),

        new("pengantar-nikah", "Surat Pengantar Nikah (N1–N4)", K, ServiceLevel.Desa, null,
            "Surat pengantar perkawinan dari desa untuk pendaftaran nikah di KUA atau Dispendukcapil.", AdminDesa + "\nPeraturan Menteri Agama Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan",
            ["Pindaian KTP-el dan KK calon pengantin", "Akta kelahiran", "Pas foto 2x3 dan 4x6 latar biru", "Akta cerai/kematian pasangan (bila duda/janda)"],
            ["Pemohon mengisi data calon pasangan dan mengunggah berkas.", "Operator desa memverifikasi dan menerbitkan formulir N1–N4."],
            2, 0, "Surat Pengantar Nikah (formulir N1, N2, N4)", DesaOnly(2),
            [Nik("nik_calon_pasangan", "NIK calon pasangan"), Text("nama_calon_pasangan", "Nama calon pasangan", maxLength: 200), Date("rencana_tanggal_nikah", "Rencana tanggal nikah"),
             Choice("status_perkawinan", "Status perkawinan pemohon", "Belum kawin", "Cerai hidup", "Cerai mati"), ScanKk()]),

        new("sk-belum-menikah", "Surat Keterangan Belum Pernah Menikah", K, ServiceLevel.Desa, null,
            "Keterangan status belum pernah menikah untuk lamaran kerja, TNI/Polri atau beasiswa.", AdminDesa,
            ["Pindaian KTP-el", "Pindaian KK", "Surat pernyataan belum menikah bermeterai"],
            ["Pemohon mengajukan dan mengunggah berkas.", "Operator desa memverifikasi dan menerbitkan surat."],
            1, 0, "Surat Keterangan Belum Pernah Menikah", DesaOnly(1),
            [Purpose(), ScanKk(), File("surat_pernyataan", "Pindaian surat pernyataan bermeterai")]),

        new("sk-penghasilan", "Surat Keterangan Penghasilan Orang Tua", S, ServiceLevel.Desa, null,
            "Keterangan penghasilan orang tua untuk keringanan UKT, beasiswa atau PIP.", AdminDesa,
            ["Pindaian KK", "Pindaian KTP-el orang tua"],
            ["Pemohon mengisi data penghasilan.", "Operator desa memverifikasi dan menerbitkan surat."],
            1, 0, "Surat Keterangan Penghasilan", DesaOnly(1),
            [Nik("nik_orang_tua", "NIK orang tua/wali"), Choice("pekerjaan_orang_tua", "Pekerjaan orang tua", "Petani/pekebun", "Nelayan", "Buruh", "Pedagang", "Karyawan swasta", "PNS/TNI/Polri", "Lainnya"),
             Number("penghasilan_bulanan", "Penghasilan per bulan (Rp)", 0, 100_000_000), ScanKk()]),

        new("sk-kehilangan", "Surat Pengantar Kehilangan", U, ServiceLevel.Desa, null,
            "Pengantar dari desa untuk melapor kehilangan dokumen ke kepolisian.", AdminDesa,
            ["Pindaian KTP-el", "Keterangan barang/dokumen yang hilang"],
            ["Pemohon mengisi keterangan kehilangan.", "Operator desa menerbitkan pengantar ke Polsek."],
            1, 0, "Surat Pengantar Kehilangan", DesaOnly(1),
            [Text("barang_hilang", "Barang/dokumen yang hilang", maxLength: 300), Date("tanggal_hilang", "Perkiraan tanggal hilang"), Text("lokasi_hilang", "Perkiraan lokasi hilang", maxLength: 300)]),

        new("sk-tanah", "Surat Keterangan Riwayat Tanah", U, ServiceLevel.Kecamatan, null,
            "Keterangan riwayat penguasaan tanah dari desa yang diketahui camat, untuk pendaftaran tanah (PTSL) atau jual beli.", AdminDesa + "\n" + Paten,
            ["Pindaian KTP-el dan KK", "SPPT PBB tahun berjalan", "Surat pernyataan penguasaan fisik bidang tanah", "Leter C/Petok D (bila ada)"],
            ["Pemohon mengisi data bidang tanah.", "Desa mencocokkan dengan buku Leter C.", "Camat mengetahui dan menandatangani.", "Surat dapat diunduh."],
            5, 0, "Surat Keterangan Riwayat Tanah", DesaThenKecamatan(3),
            [Text("nomor_persil", "Nomor persil/kohir", maxLength: 60), Number("luas_m2", "Luas tanah (m²)", 1, 10_000_000), Text("letak_tanah", "Letak tanah (dusun/blok)", maxLength: 300),
             File("sppt_pbb", "Pindaian SPPT PBB")]),
    ];
}
