using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.BusinessProcesses;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Architecture.Infrastructure;
using Pamong.SpbeAssessment.Architecture.Integrations;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>
/// The demo Pemda's inventory: a data centre and the intra network, a few data sets and business
/// processes, six applications (three of the Pemda's own, SIMPEG by a vendor, SIPD and SRIKANDI from the
/// central government) and their integrations, two of them with Pamong.
/// </summary>
internal sealed class DemoArchitecture(IOptions<DemoOptions> options) : IStartupStep
{
    /// <summary>The demo Pemda (Platform's DemoTenant).</summary>
    public const string Tenant = "banyuwangi";

    public int Order => 60;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<SpbeDb>();
        if (await db.Applications.AnyAsync(ct) || await db.Infrastructure.AnyAsync(ct))
        {
            return;
        }

        var units = await scope.ServiceProvider.GetRequiredService<PamongDb>().OrganisationUnits.AsNoTracking()
            .Where(u => u.Kind == Pamong.Platform.Organisations.UnitKind.Opd).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        if (units.Count == 0)
        {
            return;
        }

        int Opd(string code) => units[code];

        db.Infrastructure.AddRange(
            new InfrastructureItem { Kind = InfrastructureKind.DataCentre, Name = "Pusat Data Pemerintah Kabupaten Banyuwangi", Location = "Gedung Diskominfo, Banyuwangi", Notes = "8 rak server, UPS 40 kVA dan genset; pemantauan 24 jam.", OwnerUnitId = Opd("DISKOMINFO") },
            new InfrastructureItem { Kind = InfrastructureKind.IntraNetwork, Name = "Jaringan Intra Pemerintah Kabupaten Banyuwangi", Location = "Kantor OPD dan 25 kantor kecamatan", Notes = "Serat optik ke kantor OPD, radio ke kecamatan; internet 2 Gbps.", OwnerUnitId = Opd("DISKOMINFO") });

        var population = new DataSet { Name = "Data Kependudukan", OwnerUnitId = Opd("DISPENDUKCAPIL"), Classification = DataClassification.Secret, PersonalData = true, Format = "Basis data (SIAK Terpusat)", UpdateFrequency = UpdateFrequency.Daily, Description = "Data penduduk dan keluarga hasil pemutakhiran SIAK." };
        var staff = new DataSet { Name = "Data Pegawai ASN", OwnerUnitId = Opd("BKPSDM"), Classification = DataClassification.Restricted, PersonalData = true, Format = "Basis data SIMPEG", UpdateFrequency = UpdateFrequency.Monthly };
        var budget = new DataSet { Name = "Data APBD dan Realisasi", OwnerUnitId = Opd("BPKAD"), Classification = DataClassification.Open, PersonalData = false, Format = "SIPD; ekspor XLSX", UpdateFrequency = UpdateFrequency.Monthly };
        var letters = new DataSet { Name = "Naskah Dinas", OwnerUnitId = Opd("SETDA"), Classification = DataClassification.Restricted, PersonalData = false, Format = "PDF dengan tanda tangan elektronik", UpdateFrequency = UpdateFrequency.RealTime };
        var emergencies = new DataSet { Name = "Laporan Kedaruratan 112", OwnerUnitId = Opd("DISKOMINFO"), Classification = DataClassification.Restricted, PersonalData = true, Format = "Basis data", UpdateFrequency = UpdateFrequency.RealTime };
        db.DataSets.AddRange(population, staff, budget, letters, emergencies);

        db.BusinessProcesses.AddRange(
            new BusinessProcess { Name = "Pelayanan administrasi kependudukan di desa", OwnerUnitId = Opd("DISPENDUKCAPIL"), RelatedServices = "KTP-el, KK, akta kelahiran, KIA", Description = "Warga mengajukan di kantor desa lewat Smart Kampung; desa memverifikasi, Dispendukcapil menerbitkan dokumen." },
            new BusinessProcess { Name = "Penatausahaan naskah dinas", OwnerUnitId = Opd("SETDA"), RelatedServices = "Surat masuk, surat keluar, disposisi" },
            new BusinessProcess { Name = "Penanganan kedaruratan", OwnerUnitId = Opd("DISKOMINFO"), RelatedServices = "Layanan darurat 112, pengerahan bantuan" },
            new BusinessProcess { Name = "Perencanaan dan penganggaran daerah", OwnerUnitId = Opd("BAPPEDA"), RelatedServices = "RKPD, Renja OPD, APBD" });
        await db.SaveChangesAsync(ct);

        Application App(string name, string owner, string purpose, ApplicationUsers users, Hosting hosting, string? url, SecurityCategory security, ApplicationBuilder builder, params DataSet[] data) => new()
        {
            Name = name,
            OwnerUnitId = Opd(owner),
            Purpose = purpose,
            Users = users,
            Hosting = hosting,
            Url = url,
            Status = ApplicationStatus.Operational,
            Security = security,
            BuiltBy = builder,
            DataSets = data.Select(d => new ApplicationDataSet { DataSetId = d.Id }).ToList(),
        };

        var smartKampung = App("Smart Kampung", "DPMD", "Layanan publik dan administrasi di kantor desa: surat keterangan, dokumen kependudukan, pengaduan.", ApplicationUsers.Both, Hosting.PemdaDataCentre, "https://smartkampung.banyuwangikab.go.id", SecurityCategory.High, ApplicationBuilder.InHouse, population);
        var emergency = App("Banyuwangi Tanggap Darurat", "DISKOMINFO", "Laporan kedaruratan dari warga (112) dan koordinasi penanganannya.", ApplicationUsers.Public, Hosting.PemdaDataCentre, null, SecurityCategory.High, ApplicationBuilder.InHouse, emergencies);
        var simpeg = App("SIMPEG", "BKPSDM", "Sistem informasi manajemen kepegawaian: data ASN, jabatan, kenaikan pangkat.", ApplicationUsers.Internal, Hosting.PemdaDataCentre, null, SecurityCategory.High, ApplicationBuilder.Vendor, staff);
        var sipd = App("SIPD", "BAPPEDA", "Sistem Informasi Pemerintahan Daerah (Kemendagri): perencanaan, penganggaran, penatausahaan keuangan.", ApplicationUsers.Internal, Hosting.NationalDataCentre, "https://sipd.kemendagri.go.id", SecurityCategory.Strategic, ApplicationBuilder.CentralGovernment, budget);
        var srikandi = App("SRIKANDI", "SETDA", "Sistem Informasi Kearsipan Dinamis Terintegrasi (ANRI): naskah dinas dan arsip.", ApplicationUsers.Internal, Hosting.NationalDataCentre, "https://srikandi.arsip.go.id", SecurityCategory.High, ApplicationBuilder.CentralGovernment, letters);
        var eOffice = App("e-Office Sikawan", "SETDA", "Persuratan elektronik dan disposisi di lingkungan Pemkab.", ApplicationUsers.Internal, Hosting.PemdaDataCentre, null, SecurityCategory.High, ApplicationBuilder.InHouse, letters);
        db.Applications.AddRange(smartKampung, emergency, simpeg, sipd, srikandi, eOffice);
        await db.SaveChangesAsync(ct);

        var pamong = new ApplicationKey(null, ApplicationKey.Platform);
        db.Integrations.AddRange(
            new Integration { From = ApplicationKey.Stored(simpeg.Id), To = pamong, DataExchanged = "Data pegawai (NIP, jabatan, unit kerja)", Method = IntegrationMethod.Api, Status = IntegrationStatus.Active },
            new Integration { From = pamong, To = ApplicationKey.Stored(smartKampung.Id), DataExchanged = "Data wilayah dan kantor desa", Method = IntegrationMethod.Api, Status = IntegrationStatus.Active },
            new Integration { From = ApplicationKey.Stored(smartKampung.Id), To = ApplicationKey.Stored(emergency.Id), DataExchanged = "Laporan darurat dari desa", Method = IntegrationMethod.Api, Status = IntegrationStatus.Active },
            new Integration { From = ApplicationKey.Stored(simpeg.Id), To = ApplicationKey.Stored(sipd.Id), DataExchanged = "Data pegawai untuk belanja pegawai", Method = IntegrationMethod.File, Status = IntegrationStatus.Active },
            new Integration { From = ApplicationKey.Stored(eOffice.Id), To = ApplicationKey.Stored(srikandi.Id), DataExchanged = "Naskah dinas dan arsip", Method = IntegrationMethod.Splp, Status = IntegrationStatus.Planned });
        await db.SaveChangesAsync(ct);
    }
}
