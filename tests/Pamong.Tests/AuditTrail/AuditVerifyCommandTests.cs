using Pamong.Platform;
using Pamong.Platform.AuditTrail;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

public abstract class AuditVerifyCommandTests(PamongApp app)
{
    private async Task<(int Exit, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await AuditVerifyCommand.RunAsync(app.Services, args, output);
        return (exit, output.ToString());
    }

    [SkippableFact]
    public async Task A_valid_chain_exits_0_with_one_line_for_the_tenant()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);

        var (exit, output) = await Run("--tenant", tenant);

        Assert.Equal(0, exit);
        var head = await TestChains.RecordAt(app, tenant, 7);
        Assert.Equal($"{tenant}: OK, 7 record(s), head sequence 7 hash {head.Hash}", output.Trim());
    }

    [SkippableFact]
    public async Task A_broken_chain_exits_1_and_names_tenant_sequence_id_and_problem()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);
        var victim = await TestChains.RecordAt(app, tenant, 5);
        await TestChains.TamperAsync(app, $"""UPDATE "AuditRecords" SET "SubjectId" = '99' WHERE "Id" = {victim.Id}""");

        var (exit, output) = await Run($"--tenant={tenant}");

        Assert.Equal(1, exit);
        Assert.Contains($"{tenant}: BROKEN at sequence 5 (id {victim.Id}): hash_mismatch", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Without_a_tenant_every_chain_is_verified_and_one_broken_chain_fails_the_run()
    {
        app.SkipIfUnavailable();
        var good = await TestChains.CreateAsync(app);
        var bad = await TestChains.CreateAsync(app);
        var victim = await TestChains.RecordAt(app, bad, 3);
        await TestChains.TamperAsync(app, $"""DELETE FROM "AuditRecords" WHERE "Id" = {victim.Id}""");

        var (exit, output) = await Run();

        Assert.Equal(1, exit);
        Assert.Contains($"{good}: OK, 7 record(s)", output, StringComparison.Ordinal);
        Assert.Contains($"{bad}: BROKEN at sequence 4", output, StringComparison.Ordinal);
        Assert.Contains("missing_record, sequence 3..3 missing", output, StringComparison.Ordinal);
        Assert.Contains("banyuwangi: OK", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_unknown_tenant_or_argument_is_a_usage_error()
    {
        app.SkipIfUnavailable();
        Assert.Equal(2, (await Run("--tenant", "tidak-ada")).Exit);
        Assert.Equal(2, (await Run("--semua")).Exit);
        Assert.Equal(2, (await Run("--tenant")).Exit);
    }

    [SkippableFact]
    public void The_command_is_registered_for_the_command_line()
    {
        app.SkipIfUnavailable();
        _ = app.Services;
        Assert.True(CommandLine.Commands.ContainsKey("audit-verify"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditVerifyCommandTestsOnSqlite(SqliteApp app) : AuditVerifyCommandTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditVerifyCommandTestsOnPostgres(PostgresApp app) : AuditVerifyCommandTests(app);
