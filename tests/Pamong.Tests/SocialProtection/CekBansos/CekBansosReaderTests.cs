using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.CekBansos;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Registry;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosPrograms;

namespace Pamong.Tests.SocialProtection.CekBansos;

/// <summary>On PostgreSQL the public lookup reads without a database context; it must read exactly what the context reads.</summary>
public abstract class CekBansosReaderTests(PamongApp app)
{
    [SkippableFact]
    public void Postgres_reads_through_a_data_source_of_its_own_and_sqlite_through_the_context()
    {
        app.SkipIfUnavailable();
        using var scope = app.Services.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<ICekBansosReader>();
        Assert.IsType(app.Provider == "postgres" ? typeof(NpgsqlCekBansosReader) : typeof(EntityCekBansosReader), reader);
    }

    [SkippableFact]
    public async Task The_reader_gives_the_same_lines_as_the_context_and_nothing_for_another_pemda()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var selected = await dinsos.ProgramAsync(maxDecile: 4);
        var refused = await dinsos.ProgramAsync(maxDecile: 2);
        var nik = NewNik();
        await app.HouseholdAsync(Kemiren, 3, members: [new(nik, "Sri Wahyuni", Relationship.Head, new(1980, 2, 1)), new(NewNik(), "Tri", Relationship.Child, new(2014, 1, 1))]);
        await dinsos.ApproveAsync((await dinsos.RunAsync(selected)).GetProperty("id").GetInt32());
        await dinsos.ApproveAsync((await dinsos.RunAsync(refused)).GetProperty("id").GetInt32());

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        var hash = scope.ServiceProvider.GetRequiredService<NikHasher>().Hash("banyuwangi", nik);
        var byContext = await new EntityCekBansosReader(scope.ServiceProvider.GetRequiredService<PerlinsosDb>()).ReadAsync("banyuwangi", hash, CancellationToken.None);
        var read = await scope.ServiceProvider.GetRequiredService<ICekBansosReader>().ReadAsync("banyuwangi", hash, CancellationToken.None);

        Assert.Equal(2, byContext.Count(l => l.ProgramName == "Bantuan " + selected || l.ProgramName == "Bantuan " + refused));
        Assert.Equal(byContext.OrderBy(l => l.ProgramName, StringComparer.Ordinal), read.OrderBy(l => l.ProgramName, StringComparer.Ordinal));
        Assert.All(read, l => Assert.NotNull(l.AppealUntil));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ICekBansosReader>().ReadAsync("pemda-lain", hash, CancellationToken.None));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CekBansosReaderTestsOnSqlite(SqliteApp app) : CekBansosReaderTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CekBansosReaderTestsOnPostgres(PostgresApp app) : CekBansosReaderTests(app);
