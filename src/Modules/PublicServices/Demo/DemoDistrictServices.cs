using Pamong.PublicServices.Catalogue;
using static Pamong.PublicServices.Demo.DemoParts;

namespace Pamong.PublicServices.Demo;

/// <summary>Services of the kecamatan (PATEN), started at the desa where the applicant lives.</summary>
internal static class DemoDistrictServices
{
    public static readonly DemoService[] All =
    [
        new("rekomendasi-izin-keramaian", "Rekomendasi Izin Keramaian", ServiceCategories.Perizinan, ServiceLevel.Kecamatan, null,
            "Rekomendasi camat untuk kegiatan yang mengundang keramaian (hajatan, pertunjukan, festival desa) sebagai syarat izin dari Polsek/Polresta.", Paten,
            ["Pindaian KTP-el penanggung jawab", "Surat pengantar desa/kelurahan", "Susunan acara dan perkiraan jumlah peserta", "Denah lokasi kegiatan"],
            ["Pemohon mengisi data kegiatan dan mengunggah berkas.", "Desa memverifikasi lokasi dan kegiatan.", "Kecamatan menerbitkan rekomendasi.", "Rekomendasi dibawa ke kepolisian."],
            3, 0, "Surat Rekomendasi Izin Keramaian", DesaThenKecamatan(2),
            [Text("nama_kegiatan", "Nama kegiatan", maxLength: 200), Date("tanggal_kegiatan", "Tanggal kegiatan"), Text("lokasi_kegiatan", "Lokasi kegiatan", maxLength: 300),
             Number("perkiraan_peserta", "Perkiraan jumlah peserta", 1, 100_000), Choice("hiburan", "Ada hiburan/pengeras suara?", "Ya", "Tidak"), File("susunan_acara", "Susunan acara dan denah lokasi")]),

        new("legalisasi-dokumen", "Legalisasi Dokumen Kependudukan di Kecamatan", ServiceCategories.Kependudukan, ServiceLevel.Kecamatan, null,
            "Pengesahan salinan dokumen (surat keterangan desa, KK) oleh kecamatan untuk keperluan administrasi.", Paten,
            ["Dokumen asli", "Pindaian dokumen yang akan dilegalisasi"],
            ["Pemohon mengunggah pindaian dokumen.", "Petugas kecamatan mencocokkan dengan dokumen asli saat pengambilan.", "Salinan dilegalisasi."],
            1, 0, "Salinan dokumen yang dilegalisasi", KecamatanOnly(1),
            [Choice("jenis_dokumen", "Jenis dokumen", "Surat keterangan desa", "Kartu Keluarga", "Surat keterangan ahli waris", "Lainnya"), Number("jumlah_lembar", "Jumlah lembar", 1, 50),
             File("pindaian_dokumen", "Pindaian dokumen")]),

        new("iumk", "Izin Usaha Mikro dan Kecil (IUMK)", ServiceCategories.Ekonomi, ServiceLevel.Kecamatan, null,
            "Izin usaha mikro dan kecil yang diterbitkan camat (PATEN) untuk usaha rumahan dan warung.", Paten + "\nPeraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM",
            ["Pindaian KTP-el", "Pindaian KK", "Surat keterangan usaha dari desa", "Pas foto 4x6"],
            ["Pemohon mengisi data usaha.", "Desa memverifikasi keberadaan usaha.", "Camat menerbitkan IUMK."],
            5, 0, "Izin Usaha Mikro dan Kecil", DesaThenKecamatan(4),
            [Text("nama_usaha", "Nama usaha", maxLength: 200), Text("kegiatan_usaha", "Kegiatan usaha", maxLength: 300), Number("modal_usaha", "Modal usaha (Rp)", 0, 5_000_000_000),
             Number("jumlah_pekerja", "Jumlah pekerja", 0, 100), File("sk_usaha", "Pindaian surat keterangan usaha dari desa")]),

        new("dispensasi-nikah", "Dispensasi Pernikahan Kurang dari 10 Hari Kerja", ServiceCategories.Kependudukan, ServiceLevel.Kecamatan, null,
            "Surat dispensasi camat bila pernikahan dilaksanakan kurang dari 10 hari kerja sejak pendaftaran di KUA.", Paten + "\nPeraturan Menteri Agama Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan",
            ["Surat pengantar nikah dari desa (N1–N4)", "Surat pemberitahuan kekurangan hari dari KUA", "Pindaian KTP-el kedua calon pengantin"],
            ["Pemohon mengunggah berkas.", "Desa memverifikasi.", "Camat menerbitkan dispensasi."],
            1, 0, "Surat Dispensasi Nikah", DesaThenKecamatan(1),
            [Date("tanggal_nikah", "Tanggal pernikahan"), Text("alasan", "Alasan dispensasi", maxLength: 500), File("surat_kua", "Pindaian surat pemberitahuan dari KUA")]),
    ];
}
