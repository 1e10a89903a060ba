using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Workflows;
using static Pamong.PublicServices.Demo.DemoParts;

namespace Pamong.PublicServices.Demo;

/// <summary>Services of the agencies (OPD): civil registry, social affairs, health, education, licensing.</summary>
internal static class DemoAgencyServices
{
    private const string Capil = "DISPENDUKCAPIL";
    private const string K = ServiceCategories.Kependudukan;
    private const string Perizinan =
        "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko\n" +
        "Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu";

    public static readonly DemoService[] All =
    [
        new("akta-kelahiran", "Akta Kelahiran", K, ServiceLevel.Opd, Capil,
            "Penerbitan kutipan akta kelahiran untuk anak yang lahir di Banyuwangi, sekaligus pemutakhiran KK dan KIA.", Adminduk,
            ["Surat keterangan lahir dari bidan/dokter/RS", "Pindaian KK orang tua", "Pindaian buku nikah/akta perkawinan orang tua", "Pindaian KTP-el dua orang saksi"],
            ["Pemohon mengajukan secara daring atau melalui desa.", "Desa memverifikasi data kelahiran.", "Dispendukcapil menerbitkan akta (TTE) dan KK baru.", "Akta dapat dicetak sendiri di kertas HVS A4 80 gram."],
            3, 0, "Kutipan Akta Kelahiran, KK baru", DesaThenOpd(Capil, 2),
            [Text("nama_anak", "Nama anak", maxLength: 200), Date("tanggal_lahir", "Tanggal lahir"), Choice("jenis_kelamin", "Jenis kelamin", "Laki-laki", "Perempuan"),
             Nik("nik_ayah", "NIK ayah", required: false), Nik("nik_ibu", "NIK ibu"), File("surat_lahir", "Pindaian surat keterangan lahir"), ScanKk()]),

        new("akta-kematian", "Akta Kematian", K, ServiceLevel.Opd, Capil,
            "Penerbitan kutipan akta kematian dan pemutakhiran KK keluarga yang ditinggalkan.", Adminduk,
            ["Surat keterangan kematian dari desa/RS", "Pindaian KK almarhum", "Pindaian KTP-el pelapor dan dua saksi"],
            ["Pelapor mengajukan.", "Desa memverifikasi.", "Dispendukcapil menerbitkan akta kematian (TTE) dan KK baru."],
            3, 0, "Kutipan Akta Kematian, KK baru", DesaThenOpd(Capil, 2),
            [Nik("nik_almarhum", "NIK almarhum/almarhumah"), Date("tanggal_meninggal", "Tanggal meninggal"), Choice("hubungan_pelapor", "Hubungan pelapor dengan almarhum", "Suami/istri", "Anak", "Orang tua", "Saudara", "Lainnya"),
             File("sk_kematian", "Pindaian surat keterangan kematian"), ScanKk()]),

        new("pindah-datang", "Surat Keterangan Pindah dan Pindah Datang", K, ServiceLevel.Opd, Capil,
            "Perpindahan penduduk antar desa, kecamatan, kabupaten/kota atau provinsi (SKPWNI) dan pencatatan kedatangan.", Adminduk,
            ["Pindaian KK", "Pindaian KTP-el", "Surat pernyataan tanggung jawab mutlak (bila tanpa pengantar RT/RW)"],
            ["Pemohon mengisi alamat tujuan dan anggota yang pindah.", "Desa memverifikasi.", "Dispendukcapil menerbitkan SKPWNI/KK baru."],
            2, 0, "Surat Keterangan Pindah WNI (SKPWNI), KK baru", DesaThenOpd(Capil, 1),
            [Choice("jenis_kepindahan", "Jenis kepindahan", "Pindah keluar Banyuwangi", "Pindah antar kecamatan", "Pindah antar desa", "Datang dari luar Banyuwangi"),
             Text("alamat_tujuan", "Alamat tujuan/asal lengkap", maxLength: 500), Number("jumlah_anggota_pindah", "Jumlah anggota keluarga yang pindah", 1, 20), ScanKk()]),

        new("kia", "Kartu Identitas Anak (KIA)", K, ServiceLevel.Opd, Capil,
            "Kartu identitas untuk anak di bawah 17 tahun.", Adminduk + "\nPeraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak",
            ["Pindaian akta kelahiran anak", "Pindaian KK", "Pas foto anak berwarna (usia 5 tahun ke atas)"],
            ["Orang tua mengajukan.", "Dispendukcapil memverifikasi dan mencetak KIA.", "KIA diambil di desa atau dikirim."],
            3, 0, "Kartu Identitas Anak", OpdOnly(Capil, 3),
            [Nik("nik_anak", "NIK anak"), Date("tanggal_lahir_anak", "Tanggal lahir anak"), File("akta_kelahiran", "Pindaian akta kelahiran anak"),
             File("pas_foto", "Pas foto anak", required: false, maxBytes: 1024 * 1024)]),

        new("kk-baru", "Penerbitan Kartu Keluarga", K, ServiceLevel.Opd, Capil,
            "Penerbitan KK baru karena membentuk keluarga baru, perubahan data atau KK hilang/rusak.", Adminduk,
            ["Surat pengantar KK dari desa", "Pindaian buku nikah/akta perkawinan (KK baru)", "KK lama (perubahan data)"],
            ["Pemohon mengajukan melalui desa.", "Desa memverifikasi.", "Dispendukcapil menerbitkan KK (TTE)."],
            2, 0, "Kartu Keluarga", DesaThenOpd(Capil, 1),
            [Choice("alasan", "Alasan penerbitan", "Membentuk keluarga baru", "Perubahan data", "Hilang", "Rusak"), ScanKk(required: false), File("buku_nikah", "Pindaian buku nikah", required: false)]),

        new("rekomendasi-pbi", "Rekomendasi Peserta PBI Jaminan Kesehatan", ServiceCategories.Sosial, ServiceLevel.Opd, "DINSOS",
            "Usulan agar warga miskin/tidak mampu menjadi peserta Penerima Bantuan Iuran (PBI) JKN yang dibayar pemerintah.",
            "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin\nPeraturan Pemerintah Nomor 101 Tahun 2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan\nPeraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial",
            ["Pindaian KTP-el dan KK", "SKTM dari desa/kecamatan", "Keterangan terdaftar/diusulkan dalam DTKS"],
            ["Pemohon mengajukan melalui desa.", "Desa memverifikasi dan mencocokkan DTKS.", "Kecamatan memberi rekomendasi.", "Dinas Sosial menerbitkan rekomendasi dan mengusulkan ke BPJS Kesehatan."],
            7, 0, "Surat Rekomendasi PBI JK", DesaKecamatanOpd("DINSOS", 4),
            [Number("jumlah_anggota", "Jumlah anggota keluarga yang diusulkan", 1, 20), Choice("status_dtks", "Status DTKS", "Sudah terdaftar", "Belum terdaftar", "Tidak tahu"),
             File("sktm", "Pindaian SKTM"), ScanKk()]),

        new("rekomendasi-sktm-rs", "Rekomendasi Keringanan Biaya Rumah Sakit", ServiceCategories.Sosial, ServiceLevel.Opd, "DINSOS",
            "Rekomendasi Dinas Sosial bagi pasien tidak mampu yang belum memiliki jaminan kesehatan, untuk keringanan biaya di RSUD.",
            "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin\nPeraturan Bupati Banyuwangi tentang Jaminan Kesehatan Daerah",
            ["SKTM dari desa/kecamatan", "Surat keterangan rawat inap dari rumah sakit", "Pindaian KTP-el dan KK pasien"],
            ["Keluarga pasien mengajukan.", "Desa memverifikasi.", "Dinas Sosial menerbitkan rekomendasi."],
            2, 0, "Surat Rekomendasi Dinas Sosial", DesaThenOpd("DINSOS", 1),
            [Nik("nik_pasien", "NIK pasien"), Text("rumah_sakit", "Rumah sakit tempat dirawat", maxLength: 200), Date("tanggal_masuk", "Tanggal masuk rawat inap"),
             File("sktm", "Pindaian SKTM"), File("surat_rawat_inap", "Pindaian surat keterangan rawat inap")]),

        new("sip-dokter", "Surat Izin Praktik (SIP) Dokter dan Dokter Gigi", ServiceCategories.Kesehatan, ServiceLevel.Opd, "DPMPTSP",
            "Izin praktik dokter/dokter gigi di fasilitas pelayanan kesehatan di Banyuwangi; Dinas Kesehatan memverifikasi, DPMPTSP menerbitkan.",
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan\nPeraturan Menteri Kesehatan Nomor 2052/MENKES/PER/X/2011 tentang Izin Praktik dan Pelaksanaan Praktik Kedokteran\n" + Perizinan,
            ["Surat Tanda Registrasi (STR) yang masih berlaku", "Surat keterangan dari fasilitas kesehatan tempat praktik", "Rekomendasi organisasi profesi (IDI/PDGI)", "Pas foto 4x6"],
            ["Pemohon mengajukan dan mengunggah berkas.", "Dinas Kesehatan memverifikasi berkas dan tempat praktik.", "DPMPTSP menerbitkan SIP (TTE)."],
            5, 0, "Surat Izin Praktik", [OpdStep(1, "Verifikasi Dinas Kesehatan", "DINKES", 3), OpdStep(2, "Penerbitan SIP oleh DPMPTSP", "DPMPTSP", 2)],
            [Text("nomor_str", "Nomor STR", maxLength: 40), Date("str_berlaku_sampai", "STR berlaku sampai", required: false), Text("tempat_praktik", "Nama fasilitas tempat praktik", maxLength: 200),
             Choice("profesi", "Profesi", "Dokter", "Dokter spesialis", "Dokter gigi"), File("str", "Pindaian STR"), File("rekomendasi_profesi", "Pindaian rekomendasi organisasi profesi")]),

        new("sip-bidan-perawat", "Surat Izin Praktik Bidan dan Perawat (SIPB/SIPP)", ServiceCategories.Kesehatan, ServiceLevel.Opd, "DPMPTSP",
            "Izin praktik bidan dan perawat, termasuk praktik mandiri; Dinas Kesehatan memverifikasi, DPMPTSP menerbitkan.",
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan\nPeraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang Izin dan Penyelenggaraan Praktik Bidan\n" + Perizinan,
            ["STR bidan/perawat yang masih berlaku", "Surat keterangan tempat praktik", "Rekomendasi organisasi profesi (IBI/PPNI)"],
            ["Pemohon mengajukan.", "Dinas Kesehatan memverifikasi.", "DPMPTSP menerbitkan SIP."],
            5, 0, "Surat Izin Praktik Bidan/Perawat", [OpdStep(1, "Verifikasi Dinas Kesehatan", "DINKES", 3), OpdStep(2, "Penerbitan SIP oleh DPMPTSP", "DPMPTSP", 2)],
            [Choice("profesi", "Profesi", "Bidan", "Perawat"), Text("nomor_str", "Nomor STR", maxLength: 40), Choice("jenis_praktik", "Jenis praktik", "Praktik mandiri", "Di fasilitas kesehatan"),
             File("str", "Pindaian STR")]),

        new("rekomendasi-beasiswa", "Rekomendasi Beasiswa Banyuwangi Cerdas", ServiceCategories.Pendidikan, ServiceLevel.Opd, "DISDIK",
            "Rekomendasi bagi lulusan SMA/SMK/MA dari keluarga tidak mampu untuk beasiswa kuliah yang dibiayai Pemda.",
            "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional\nPeraturan Bupati Banyuwangi tentang Program Banyuwangi Cerdas",
            ["Pindaian ijazah/surat keterangan lulus", "Pindaian rapor semester 1–5", "SKTM dari desa/kecamatan", "Surat penerimaan perguruan tinggi (bila sudah ada)"],
            ["Calon penerima mengajukan.", "Desa memverifikasi domisili dan kondisi keluarga.", "Dinas Pendidikan menilai berkas dan menerbitkan rekomendasi."],
            10, 0, "Surat Rekomendasi Beasiswa", DesaThenOpd("DISDIK", 9),
            [Text("asal_sekolah", "Asal sekolah", maxLength: 200), Number("nilai_rata_rata", "Nilai rata-rata rapor", 0, 100), Text("perguruan_tinggi", "Perguruan tinggi tujuan", required: false, maxLength: 200),
             File("ijazah", "Pindaian ijazah/surat keterangan lulus"), File("sktm", "Pindaian SKTM")]),

        new("mutasi-siswa", "Rekomendasi Pindah Sekolah (Mutasi Siswa) SD/SMP", ServiceCategories.Pendidikan, ServiceLevel.Opd, "DISDIK",
            "Rekomendasi Dinas Pendidikan untuk pindah sekolah SD/SMP antar kabupaten/kota.", "Peraturan Menteri Pendidikan dan Kebudayaan tentang Penerimaan Peserta Didik Baru",
            ["Surat permohonan orang tua", "Surat keterangan pindah dari sekolah asal", "Surat keterangan diterima dari sekolah tujuan", "Pindaian rapor"],
            ["Orang tua mengajukan.", "Dinas Pendidikan memverifikasi dan menerbitkan rekomendasi."],
            3, 0, "Surat Rekomendasi Mutasi Siswa", OpdOnly("DISDIK", 3),
            [Nik("nik_siswa", "NIK siswa"), Text("sekolah_asal", "Sekolah asal", maxLength: 200), Text("sekolah_tujuan", "Sekolah tujuan", maxLength: 200),
             File("surat_pindah", "Pindaian surat keterangan pindah dari sekolah asal")]),

        new("izin-reklame", "Izin Penyelenggaraan Reklame", ServiceCategories.Perizinan, ServiceLevel.Opd, "DPMPTSP",
            "Izin memasang reklame papan, baliho atau billboard; pajak reklame dihitung terpisah oleh Bapenda.", Perizinan + "\nPeraturan Daerah Kabupaten Banyuwangi tentang Penyelenggaraan Reklame",
            ["Pindaian KTP-el/NIB pemohon", "Desain dan ukuran reklame", "Foto dan denah lokasi pemasangan", "Izin pemilik lahan"],
            ["Pemohon mengajukan.", "DPMPTSP memverifikasi lokasi bersama tim teknis.", "Izin diterbitkan (TTE)."],
            5, 0, "Izin Penyelenggaraan Reklame", OpdOnly("DPMPTSP", 5),
            [Choice("jenis_reklame", "Jenis reklame", "Papan/billboard", "Baliho", "Spanduk", "Neon box"), Number("luas_m2", "Luas bidang reklame (m²)", 0.5m, 500),
             Text("lokasi", "Lokasi pemasangan", maxLength: 300), Date("mulai", "Mulai dipasang"), File("desain", "Desain reklame"), File("foto_lokasi", "Foto lokasi")]),

        new("pbg", "Persetujuan Bangunan Gedung (PBG) Rumah Tinggal", ServiceCategories.Perizinan, ServiceLevel.Opd, "DPMPTSP",
            "Persetujuan membangun, mengubah atau merawat rumah tinggal sesuai standar teknis (pengganti IMB); pengajuan teknis melalui SIMBG.",
            "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu Cipta Kerja\nPeraturan Pemerintah Nomor 16 Tahun 2021 tentang Bangunan Gedung",
            ["Pindaian KTP-el", "Bukti kepemilikan tanah (sertifikat/leter C)", "Gambar rencana arsitektur sederhana", "SPPT PBB tahun berjalan"],
            ["Pemohon mengajukan.", "Dinas PU memeriksa pemenuhan standar teknis.", "DPMPTSP menerbitkan PBG setelah retribusi dibayar."],
            14, 0, "Persetujuan Bangunan Gedung", [OpdStep(1, "Pemeriksaan teknis Dinas PU", "DPU", 10), OpdStep(2, "Penerbitan PBG oleh DPMPTSP", "DPMPTSP", 4)],
            [Text("alamat_bangunan", "Alamat bangunan", maxLength: 300), Number("luas_bangunan_m2", "Luas bangunan (m²)", 1, 10_000), Number("jumlah_lantai", "Jumlah lantai", 1, 5),
             File("bukti_tanah", "Pindaian bukti kepemilikan tanah", maxBytes: 5 * 1024 * 1024), File("gambar_rencana", "Gambar rencana", maxBytes: 10 * 1024 * 1024)]),

        new("tdup", "Tanda Daftar Usaha Pariwisata (TDUP)", ServiceCategories.Ekonomi, ServiceLevel.Opd, "DISBUDPAR",
            "Pendaftaran usaha pariwisata: homestay, rumah makan, biro perjalanan, pemandu wisata di destinasi seperti Ijen, Pulau Merah dan Kemiren.",
            "Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan\n" + Perizinan,
            ["NIB dari OSS", "Pindaian KTP-el", "Foto tempat usaha"],
            ["Pelaku usaha mengajukan.", "Dinas Kebudayaan dan Pariwisata memverifikasi.", "TDUP diterbitkan."],
            5, 0, "Tanda Daftar Usaha Pariwisata", OpdOnly("DISBUDPAR", 5),
            [Text("nib", "Nomor Induk Berusaha (NIB)", maxLength: 13), Choice("jenis_usaha", "Jenis usaha pariwisata", "Homestay/pondok wisata", "Rumah makan", "Biro perjalanan", "Pemandu wisata", "Daya tarik wisata"),
             Text("nama_usaha", "Nama usaha", maxLength: 200), File("foto_usaha", "Foto tempat usaha")]),

        new("sppl", "Surat Pernyataan Pengelolaan Lingkungan (SPPL)", ServiceCategories.Perizinan, ServiceLevel.Opd, "DLH",
            "Pernyataan kesanggupan mengelola dan memantau lingkungan bagi usaha yang tidak wajib AMDAL/UKL-UPL.",
            "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup\nPeraturan Pemerintah Nomor 22 Tahun 2021",
            ["NIB", "Pindaian KTP-el", "Denah lokasi usaha"],
            ["Pelaku usaha mengisi dan mengajukan.", "DLH memverifikasi.", "SPPL disahkan."],
            3, 0, "SPPL yang disahkan", OpdOnly("DLH", 3),
            [Text("nama_usaha", "Nama usaha", maxLength: 200), Text("kegiatan", "Jenis kegiatan", maxLength: 300), Number("luas_lahan_m2", "Luas lahan (m²)", 1, 1_000_000), File("denah", "Denah lokasi")]),
    ];

    private static WorkflowStep OpdStep(int order, string name, string unit, int days) =>
        new() { Order = order, Name = name, Level = ServiceLevel.Opd, Role = Roles.OpdOperator, UnitCode = unit, SlaWorkingDays = days };
}
